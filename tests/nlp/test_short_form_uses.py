"""kg/nlp/short_forms.py: bare uses of a drug's short form in the sections that do not define it."""
from kg.nlp.short_forms import short_form_uses


def test_short_form_defined_in_one_section_is_found_in_another_but_not_in_a_trial_name(nlp):
    intro = nlp("Enfortumab vedotin (EV), an antibody-drug conjugate, is active after platinum.")
    case = nlp("EV 1.25 mg/kg was started in November 2022. EV-302 established EV plus pembrolizumab.")
    uses = short_form_uses([intro, case])
    found = [(u.section, case.text[u.start:u.end], u.start) for u in uses]
    assert found == [(1, "EV", 0), (1, "EV", case.text.index("established EV") + len("established "))]
    assert {u.label for u in uses} == {"DRUG"} and len({u.curie for u in uses}) == 1


def test_no_definition_no_use(nlp):
    assert short_form_uses([nlp("EV 1.25 mg/kg was started in November 2022.")]) == []
