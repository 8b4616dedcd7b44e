# The network reports now live in their own app; the kernel forgets them
# (state only: the tables stay) and hands over their content types, which
# pages, revisions, permissions and log entries point to.

from django.db import migrations

from core.moves import rename_content_types, state_only


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0008_merge_moves'),
        ('reports', '0001_initial'),
    ]

    operations = [
        state_only(
            migrations.RemoveField(
                model_name='articlepage',
                name='kind',
            ),
            migrations.RemoveField(
                model_name='articlepage',
                name='page_ptr',
            ),
            migrations.RemoveField(
                model_name='articlepage',
                name='tags',
            ),
            migrations.RemoveField(
                model_name='taggedarticle',
                name='content_object',
            ),
            migrations.RemoveField(
                model_name='taggedarticle',
                name='tag',
            ),
            migrations.DeleteModel(
                name='ArticleIndexPage',
            ),
            migrations.DeleteModel(
                name='ArticleKind',
            ),
            migrations.DeleteModel(
                name='ArticlePage',
            ),
            migrations.DeleteModel(
                name='TaggedArticle',
            ),
        ),
        rename_content_types(
            'portal',
            'reports',
            ['articleindexpage', 'articlekind', 'articlepage', 'taggedarticle'],
        ),
    ]
