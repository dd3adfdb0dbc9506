"""The checklist in a reader's language: template texts from the translation overlays."""

from __future__ import annotations

from tests.conftest import decision, family_input
from transition_app.domain.checklist_i18n import localized_step_text, localized_track_title
from transition_app.services.checklist_text import localize_checklist


def test_the_checklist_reads_in_french_and_arabic_and_keeps_state(ctx) -> None:
    fam = ctx.families.create_family(family_input(decision=decision(), destination_nis="21004"))
    view = ctx.checklists.get_checklist(fam.id)
    step = view.steps[0]
    view = ctx.checklists.set_status(fam.id, step.step_id, "done", step.version)
    for lang in ("fr", "ar", "nl"):
        local = localize_checklist(view, lang)
        first = local.step(step.step_id)
        expected = localized_step_text(step.step_id, lang)
        assert first.title == expected[0] != step.title
        assert first.explanation == expected[1]
        assert first.status == "done"
        assert [s.status for s in local.steps] == [s.status for s in view.steps]
        assert local.tracks[0].title == localized_track_title(view.tracks[0].id, lang) != view.tracks[0].title
        if local.next_step is not None:
            assert local.next_step.title == localized_step_text(local.next_step.step_id, lang)[0]
            assert local.documents_to_bring == local.next_step.documents
        # a step waiting for another names it in the same language
        waiting = [s for s in local.steps if s.waiting_for]
        titles = {s.title for s in local.steps}
        assert waiting and all(w in titles for s in waiting for w in s.waiting_for)
    assert localize_checklist(view, "en") is view


def test_steps_added_by_hand_keep_their_words(ctx) -> None:
    fam = ctx.families.create_family(family_input(decision=decision(), destination_nis="21004"))
    view = ctx.checklists.add_step(fam.id, "Aller chercher le vélo chez Ahmed", track="housing")
    local = localize_checklist(view, "ar")
    custom = [s for s in local.steps if s.custom]
    assert [s.title for s in custom] == ["Aller chercher le vélo chez Ahmed"]
