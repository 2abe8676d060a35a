"""Warning signs named in Chinese, Arabic, Urdu, Hindi or Bengali raise triage, and are never read as evidence."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.language import looks_like_english
from symptom_overlap.domain.other_languages import warning_signs_named
from symptom_overlap.domain.services import assess_request
from symptom_overlap.knowledge.schema import TriageLevel

KNOWLEDGE_BASE = load_knowledge_base()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("我妈妈今天早上突然说不出话，嘴也歪了", "stroke_signs"),
        ("爸爸胸口好痛，已经一个小时了", "chest_pain"),
        ("奶奶呼吸困难，躺着也不行", "breathless_at_rest"),
        ("我最近一直想死，活着没意思", "suicidal_thoughts"),
        ("والدي عنده جلطة دماغية على ما أظن، لا يحرك يده", "stroke_signs"),
        ("زوجتي عندها وجع في الصدر قوي", "chest_pain"),
        ("امی کو سانس لینے میں تکلیف ہو رہی ہے", "breathless_at_rest"),
        ("دادا کا منہ ٹیڑھا ہو گیا ہے", "stroke_signs"),
        ("पिताजी को छाती में दर्द हो रहा है", "chest_pain"),
        ("मुझे आत्महत्या के ख्याल आते हैं", "suicidal_thoughts"),
        ("আমার বাবার বুক ব্যথা করছে আর ঘাম হচ্ছে", "chest_pain"),
        ("দাদুর স্ট্রোক হয়েছে মনে হয়", "stroke_signs"),
    ],
)
def test_a_warning_sign_in_another_script_is_named(text: str, named: str) -> None:
    assert named in warning_signs_named(text)
    assert looks_like_english(text, KNOWLEDGE_BASE) is False


@pytest.mark.parametrize(
    "text",
    [
        "没有胸痛，也没有呼吸困难，就是脚麻",  # Chinese denies before
        "我不想死，只是很担心",  # "I do not want to die"
        "لا يوجد ألم في الصدر، فقط تنميل في القدمين",  # Arabic denies before
        "सीने में दर्द नहीं है, बस पैर सुन्न हैं",  # Hindi denies after
        "سینے میں درد نہیں ہے، صرف پاؤں سن ہیں",  # Urdu denies after
        "বুকে ব্যথা নেই, শুধু পায়ে ঝিনঝিন",  # Bengali denies after
    ],
)
def test_a_warning_sign_denied_in_its_own_language_is_not_named(text: str) -> None:
    assert warning_signs_named(text) == frozenset()


def test_a_denial_in_one_clause_does_not_reach_a_warning_sign_in_the_next() -> None:
    assert warning_signs_named("没有胸痛，但是他突然说不出话") == {"stroke_signs"}
    assert warning_signs_named("सीने में दर्द है, नहीं पता क्यों") == {"chest_pain"}


def test_a_few_characters_of_another_script_are_enough_to_tell_it_is_not_english() -> None:
    assert looks_like_english("我脚麻了很久", KNOWLEDGE_BASE) is False
    assert looks_like_english("I’m tired and my legs are numb — café", KNOWLEDGE_BASE) is True


def test_a_stroke_told_in_chinese_calls_an_ambulance_and_reads_no_evidence() -> None:
    result = assess_request(KNOWLEDGE_BASE, [], "我爸爸突然说不出话，嘴歪了，左手抬不起来", age=72)
    assert result.triage.level is TriageLevel.EMERGENCY_AMBULANCE
    assert "We can only read English" in result.triage.reasons[0]
    assert result.evidence_used == []
    assert "text_not_english" in {notice.code for notice in result.notices}


def test_text_in_another_script_without_a_warning_sign_raises_nothing() -> None:
    result = assess_request(KNOWLEDGE_BASE, [], "我的脚经常麻，已经三个月了", age=40)
    assert result.triage.level is TriageLevel.CONSULTATION
    assert "text_not_english" in {notice.code for notice in result.notices}
