"""The new page types render in constant queries."""

import pytest

from tests.accessibility.factories import (
    EasyLanguagePageFactory,
    SignLanguagePageFactory,
    make_video,
)
from tests.accessibility.test_easy_language import SECTION, WORD
from tests.accessibility.test_sign_language import video_block


def count_queries(client, url, django_assert_max_num_queries, budget=20):
    client.get(url)  # warm the cached chrome and restrictions
    with django_assert_max_num_queries(budget) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_sign_language_page_costs_the_same_with_more_videos(
    client, home_page, media_root, test_video, django_assert_max_num_queries
):
    videos = [make_video(test_video, title=f"Testbild {n}") for n in range(3)]
    one = SignLanguagePageFactory(parent=home_page, body=[video_block(videos[0])])
    three = SignLanguagePageFactory(
        parent=home_page, slug="drei", body=[video_block(video) for video in videos]
    )

    assert count_queries(client, one.url, django_assert_max_num_queries) == (
        count_queries(client, three.url, django_assert_max_num_queries)
    )


@pytest.mark.parametrize("blocks", [1, 6])
def test_easy_language_page_stays_within_the_budget(
    client, home_page, blocks, django_assert_max_num_queries
):
    page = EasyLanguagePageFactory(parent=home_page, body=[SECTION, WORD] * blocks)
    EasyLanguagePageFactory(parent=page)
    count_queries(client, page.url, django_assert_max_num_queries, budget=15)


def test_statement_page_stays_within_the_budget(
    client, statement, django_assert_max_num_queries
):
    count_queries(client, statement.url, django_assert_max_num_queries, budget=15)
