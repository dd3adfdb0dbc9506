import datetime as dt

from transition_app.domain.consent import ConsentPurpose, ConsentRecord, covering_consent

D = dt.date(2026, 11, 2)
ON = dt.date(2026, 11, 23)


def rec(i=1, purpose="handover_dossier", key="cpas:62063", name="CPAS de Liège", given=D, withdrawn=None,
        confidential=False):
    return ConsentRecord(i, purpose, key, name, given, withdrawn, confidential)


def test_a_consent_covers_its_purpose_and_recipient_only():
    c = rec()
    assert covering_consent([c], ConsentPurpose.HANDOVER_DOSSIER, "cpas:62063", "CPAS de Liège", ON) == c
    assert covering_consent([c], ConsentPurpose.REFERRAL, "cpas:62063", "CPAS de Liège", ON) is None
    assert covering_consent([c], ConsentPurpose.HANDOVER_DOSSIER, "cpas:21001", "CPAS d'Anderlecht", ON) is None


def test_withdrawn_future_and_confidential_consents_do_not_cover():
    assert covering_consent([rec(withdrawn=dt.date(2026, 11, 20))], "handover_dossier", "cpas:62063", "", ON) is None
    assert covering_consent([rec(given=dt.date(2026, 11, 24))], "handover_dossier", "cpas:62063", "", ON) is None
    assert covering_consent([rec()], "handover_dossier", "cpas:62063", "", ON, confidential=True) is None
    c = rec(confidential=True)
    assert covering_consent([c], "handover_dossier", "cpas:62063", "", ON, confidential=True) == c


def test_a_consent_without_a_directory_key_matches_by_the_name_typed():
    c = rec(key=None, name="ASBL  Convivial")
    assert covering_consent([c], "handover_dossier", "entry:4", "asbl convivial", ON) == c
    assert covering_consent([c], "handover_dossier", "entry:4", "Caritas", ON) is None
    assert covering_consent([rec(purpose=None)], "handover_dossier", "cpas:62063", "CPAS de Liège", ON) is None


def test_the_most_recent_covering_consent_is_returned():
    old, new = rec(1, given=dt.date(2026, 10, 1)), rec(2, given=dt.date(2026, 11, 1))
    assert covering_consent([old, new], "handover_dossier", "cpas:62063", "", ON) == new
