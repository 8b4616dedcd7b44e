from django_tasks import task

from .export import write_export


@task()
def write_practice_export():
    write_export()
