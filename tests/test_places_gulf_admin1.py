"""Small states whose GeoNames units carry only a transliteration ("Ad Dawhah") take the
English name news and ACLED use (data/places/admin1.yaml): an event in Qatar's capital is
in Doha, one in the Emirates' commercial hub in Dubai."""

from __future__ import annotations

from fixtures_places import event_place
from spacy.language import Language


def test_an_agreement_signed_in_the_qatari_capital_is_in_doha(nlp: Language) -> None:
    text = ("Sudan's warring parties signed a pledge to protect civilians at talks in "
            "Doha on Thursday, the Qatari foreign ministry said.")
    mention = event_place(nlp, text, "signed", sub_event_type="Agreement")
    assert mention.place is not None and mention.place.name == "Doha"
    assert mention.place.admin1 == "Doha"


def test_a_protest_in_the_emirates_takes_the_english_unit_name(nlp: Language) -> None:
    text = ("Dozens of migrant workers protested over unpaid wages outside a labour office "
            "in Sharjah on Sunday, witnesses said.")
    mention = event_place(nlp, text, "protested", sub_event_type="Peaceful protest")
    assert mention.place is not None and mention.place.admin1 == "Sharjah"


def test_a_saudi_town_takes_its_province_by_its_english_name(nlp: Language) -> None:
    text = ("A drone launched from Yemen struck a fuel depot in Jizan on Tuesday, the "
            "Saudi-led coalition said.")
    mention = event_place(nlp, text, "struck", sub_event_type="Air/drone strike")
    assert mention.place is not None and mention.place.admin1 == "Jazan"
