"""`import_press_list FILE.csv --list NAME`: a CRM export becomes a press list; importing
again updates, never duplicates; one bad row and nothing is imported, every bad row named by
its line number."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from cms.embargo.press import Journalist, PressList

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

GOOD = (
    "name,outlet,email,language\n"
    "Amal Haddad,Tripoli Post,amal@press.example,ar\n"
    "Ben Carter,Wire Service,Ben@Press.example,en\n"
    "Chloé Martin,Le Quotidien,chloe@press.example,fr\n"
)


def import_csv(tmp_path, text: str, name: str = "MENA desk") -> str:
    path = tmp_path / "crm.csv"
    path.write_text(text, encoding="utf-8")
    out = StringIO()
    call_command("import_press_list", str(path), "--list", name, stdout=out)
    return out.getvalue()


def test_a_crm_export_becomes_a_press_list(tmp_path):
    output = import_csv(tmp_path, GOOD)
    assert "3 journalist(s) added, 0 updated" in output
    members = PressList.objects.get(name="MENA desk").journalists.order_by("email")
    assert [(j.email, j.language, j.outlet) for j in members] == [
        ("amal@press.example", "ar", "Tripoli Post"),
        ("ben@press.example", "en", "Wire Service"),
        ("chloe@press.example", "fr", "Le Quotidien"),
    ]


def test_importing_again_updates_and_duplicates_nothing(tmp_path):
    import_csv(tmp_path, GOOD)
    output = import_csv(tmp_path, GOOD.replace("Wire Service", "Global Wire"))
    assert "0 journalist(s) added, 3 updated" in output
    assert Journalist.objects.count() == 3
    assert Journalist.objects.get(email="ben@press.example").outlet == "Global Wire"


def test_a_journalist_may_be_on_several_lists(tmp_path):
    import_csv(tmp_path, GOOD, "MENA desk")
    import_csv(tmp_path, GOOD, "Arms trade")
    assert Journalist.objects.count() == 3
    assert Journalist.objects.get(email="amal@press.example").press_lists.count() == 2


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(tmp_path):
    bad = (
        GOOD
        + ",No Name Outlet,noname@press.example,en\n"
        + "Dana,Outlet,not-an-email,en\n"
        + "Eve,Outlet,eve@press.example,de\n"
        + "Amal again,Outlet,amal@press.example,ar\n"
    )
    with pytest.raises(CommandError) as raised:
        import_csv(tmp_path, bad)
    message = str(raised.value)
    assert "line 5: name is empty" in message
    assert "line 6: email 'not-an-email' is not an email address" in message
    assert "line 7: language 'de' is not one of ar, en, es, fr" in message
    assert "line 8: email repeats line 2" in message
    assert not Journalist.objects.exists()
    assert not PressList.objects.exists()


def test_a_file_without_the_expected_columns_is_refused(tmp_path):
    with pytest.raises(CommandError, match="line 1: missing column"):
        import_csv(tmp_path, "full name;mail\nAmal;amal@press.example\n")


def test_an_unreadable_file_is_reported(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_press_list", str(tmp_path / "missing.csv"), "--list", "X")


def test_an_empty_language_means_the_default_language(tmp_path):
    import_csv(tmp_path, "name,outlet,email,language\nAmal,Post,amal@press.example,\n")
    assert Journalist.objects.get().language == "en"
