from django.contrib.auth import get_user_model


def test_demo_member_reads_the_meeting_material(client, demo_content):
    member = get_user_model().objects.get(username="mitglied")
    assert list(member.groups.values_list("name", flat=True)) == ["Mitglieder"]
    client.force_login(member)
    response = client.get("/intern/standortbestimmung-kommunaler-bildungsplanung/")
    assert response.status_code == 200
    assert (
        "Ablauf und Material zum Netzwerktreffen (intern)" in response.content.decode()
    )
