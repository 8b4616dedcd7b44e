"""Barrier reports in the admin, and how long their contact data stays."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from accessibility.models import BarrierReport, ReportStatus
from accessibility.reporting import anonymise_old_reports
from practices.permissions import NETWORK_EDITORS
from tests.factories import PracticeIndexPageFactory


def make_report(**fields):
    defaults = {
        "page_reference": "/downloads/",
        "description": "Ein PDF hat keine Lesereihenfolge.",
        "contact_name": "Bea Barriere",
        "contact_email": "bea@example.org",
    }
    return BarrierReport.objects.create(**{**defaults, **fields})


def network_editor(client, home_page):
    # The practice index makes the network editors' group, with the apps' grants.
    PracticeIndexPageFactory(parent=home_page)
    user = get_user_model().objects.create_user("nina", password="x" * 16)
    user.groups.add(Group.objects.get(name=NETWORK_EDITORS))
    client.force_login(user)
    return user


def test_editor_answers_a_report_and_the_answer_date_is_set(client, home_page):
    network_editor(client, home_page)
    report = make_report()

    listing = client.get("/admin/barrieremeldungen/")
    assert listing.status_code == 200
    assert "/downloads/" in listing.content.decode()
    form = client.get(f"/admin/barrieremeldungen/edit/{report.pk}/").content.decode()
    assert "Ein PDF hat keine Lesereihenfolge." in form
    assert "bea@example.org" in form
    response = client.post(
        f"/admin/barrieremeldungen/edit/{report.pk}/",
        {
            "status": ReportStatus.ANSWERED,
            "answered_on": "",
            "note": "PDF ersetzt.",
            "description": "überschrieben",
        },
    )

    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == ReportStatus.ANSWERED
    assert report.answered_on == timezone.localdate()
    assert report.description == "Ein PDF hat keine Lesereihenfolge."


def test_nobody_adds_or_deletes_reports_in_the_admin(admin_client, db):
    report = make_report()
    # Wagtail answers a refused permission with a redirect to the dashboard.
    add = admin_client.get("/admin/barrieremeldungen/new/")
    assert (add.status_code, add["Location"]) == (302, "/admin/")
    delete = admin_client.post(f"/admin/barrieremeldungen/delete/{report.pk}/")
    assert (delete.status_code, delete["Location"]) == (302, "/admin/")
    assert BarrierReport.objects.filter(pk=report.pk).exists()
    listing = admin_client.get("/admin/barrieremeldungen/").content.decode()
    assert "/admin/barrieremeldungen/new/" not in listing


def test_editors_without_the_right_do_not_see_reports(client, db):
    user = get_user_model().objects.create_user("carl", password="x" * 16)
    user.groups.add(Group.objects.create(name="Redaktion Musterstadt"))
    client.force_login(user)
    make_report()
    response = client.get("/admin/barrieremeldungen/")
    assert response.status_code in (302, 403)


def test_contact_data_goes_after_the_retention_the_barrier_stays(db, settings):
    settings.BARRIER_REPORT_RETENTION_DAYS = 180
    long_ago = timezone.localdate() - datetime.timedelta(days=181)
    old = make_report(status=ReportStatus.ANSWERED, answered_on=long_ago)
    recent = make_report(status=ReportStatus.ANSWERED, answered_on=timezone.localdate())

    assert anonymise_old_reports() == 1

    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.contact_name, old.contact_email) == ("", "")
    assert old.anonymised_at is not None
    assert old.description == "Ein PDF hat keine Lesereihenfolge."
    assert recent.contact_email == "bea@example.org"


def test_unanswered_reports_lose_their_contact_after_the_retention(db, settings):
    settings.BARRIER_REPORT_RETENTION_DAYS = 180
    stale = make_report(created_at=timezone.now() - datetime.timedelta(days=181))

    assert anonymise_old_reports() == 1
    stale.refresh_from_db()
    assert stale.contact_email == ""
