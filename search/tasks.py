from django_tasks import task

from . import indexing


@task()
def update_objects_task(model_label: str, pks: list[int]):
    indexing.update_by_reference(model_label, pks)


@task()
def update_subtree_task(page_pk: int):
    indexing.update_subtree(page_pk)


@task()
def delete_entries_task(keys: list[str]):
    indexing.delete_keys(keys)
