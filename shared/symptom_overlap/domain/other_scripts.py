"""Warning signs named in Chinese, Arabic, Urdu, Hindi or Bengali: the same small screen as
other_languages.py, for the commonest languages of UK and US traffic written in other scripts.

Chinese is written without spaces, and Hindi and Bengali vowel signs are not word letters to a
regular expression, so these phrases are found as runs of characters, never as words. A denial
counts where each language puts it: before the phrase in Chinese and Arabic ("没有胸痛", "لا يوجد ألم
في الصدر"), after it in Hindi, Urdu and Bengali ("सीने में दर्द नहीं है"). A screen, never a reading.
"""

from __future__ import annotations

import re

# evidence id -> phrases as usually written; both they and the text are folded (_folded) before matching.
PHRASES: dict[str, tuple[str, ...]] = {
    "stroke_signs": (
        # Chinese (simplified and traditional)
        "中风", "中風", "脑卒中", "腦卒中", "嘴歪", "口歪", "脸歪", "臉歪", "口眼歪斜", "说不出话", "說不出話",
        "半身不遂", "偏瘫", "偏癱",
        # Arabic
        "سكتة دماغية", "جلطة دماغية", "جلطة في الدماغ", "شلل نصفي",
        # Urdu
        "فالج", "لقوہ", "منہ ٹیڑھا",
        # Hindi
        "लकवा", "स्ट्रोक", "मुँह टेढ़ा",
        # Bengali
        "স্ট্রোক", "পক্ষাঘাত", "মুখ বেঁকে",
    ),
    "chest_pain": (
        "胸痛", "胸口痛", "胸口疼", "胸口很痛", "胸口好痛", "胸部疼痛", "心口痛", "心脏病发作", "心臟病發作",
        "ألم في الصدر", "ألم بالصدر", "وجع في الصدر", "وجع بالصدر", "نوبة قلبية", "ذبحة صدرية",
        "سینے میں درد", "دل کا دورہ",
        "सीने में दर्द", "छाती में दर्द", "दिल का दौरा",
        "বুকে ব্যথা", "বুক ব্যথা", "হার্ট অ্যাটাক",
    ),
    "breathless_at_rest": (
        "呼吸困难", "呼吸困難", "喘不过气", "喘不過氣", "不能呼吸", "无法呼吸", "無法呼吸", "透不过气", "透不過氣",
        "ضيق في التنفس", "ضيق التنفس", "ضيق تنفس", "صعوبة في التنفس", "لا أستطيع التنفس", "لا يستطيع التنفس",
        "سانس لینے میں دشواری", "سانس لینے میں تکلیف", "سانس نہیں آ رہی",
        "सांस लेने में तकलीफ", "सांस नहीं ले पा",
        "শ্বাসকষ্ট", "শ্বাস নিতে কষ্ট", "শ্বাস নিতে পারছি না", "শ্বাস নিতে পারছে না",
    ),
    "suicidal_thoughts": (
        "自杀", "自殺", "想死", "不想活", "轻生", "輕生",
        "انتحار", "أنتحر", "أريد أن أموت", "أقتل نفسي",
        "خودکشی", "مرنا چاہتا", "مرنا چاہتی",
        "आत्महत्या", "खुदकुशी", "मरना चाहता", "मरना चाहती",
        "আত্মহত্যা", "মরে যেতে চাই",
    ),
}  # fmt: skip
# Chinese denials: "没有胸痛", "无呼吸困难" within two characters; "不" only right before ("不想死"), since
# "是不是中风" asks whether it is a stroke.
DENIED_BEFORE_CHARACTERS = frozenset("没沒无無未")
CHINESE_DENIAL_REACH = 2
DENIED_RIGHT_BEFORE = "不"
# Words that deny only as a whole word. Words that also ask or point ("ما" is also "what", Hindi "ना" is
# also "isn't it?") are left out: a denial misread would hide a warning sign.
DENIALS_BEFORE = frozenset({"لا", "ليس", "ليست", "بدون", "لم", "ولا"})  # Arabic
DENIALS_AFTER = frozenset({"नहीं", "नही", "نہیں", "নেই", "না", "নাই"})  # Hindi, Urdu, Bengali
DENIAL_REACH = 2  # words before (Arabic) or after (Hindi, Urdu, Bengali) a phrase in which a denial stands
CLAUSE_BREAK = re.compile(r"[.,;:!?\n，。！？；、،؛؟।]")
# Letters typed in more than one way: Arabic alef, teh marbuta, yeh and kaf forms and Urdu heh; a Hindi
# nukta and candrabindu, which many people leave out.
_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ۃ": "ه", "ہ": "ه", "ھ": "ه", "ى": "ی", "ي": "ی", "ك": "ک",
     "\u093c": None, "\u0901": "\u0902", "ـ": None}
)  # fmt: skip
_ARABIC_MARKS = re.compile("[\u064b-\u0652]")  # vowel marks, rarely typed


def _folded(text: str) -> str:
    return _ARABIC_MARKS.sub("", text.translate(_FOLD))


_FOLDED_PHRASES: tuple[tuple[str, str], ...] = tuple(
    (_folded(phrase), evidence_id) for evidence_id, phrases in PHRASES.items() for phrase in phrases
)
# The Hindi, Urdu and Bengali denials written as the folded text spells them.
_DENIALS_AFTER = frozenset(_folded(word) for word in DENIALS_AFTER)
_DENIALS_BEFORE = frozenset(_folded(word) for word in DENIALS_BEFORE)


def warning_signs_named_in_other_scripts(text: str) -> frozenset[str]:
    """The red-flag ids whose plain words in Chinese, Arabic, Urdu, Hindi or Bengali the text says and,
    in the same clause, does not deny."""
    if text.isascii():
        return frozenset()
    named: set[str] = set()
    for clause in CLAUSE_BREAK.split(_folded(text)):
        for phrase, evidence_id in _FOLDED_PHRASES:
            start = clause.find(phrase)
            if start >= 0 and not _denied(clause[:start], clause[start + len(phrase) :]):
                named.add(evidence_id)
    return frozenset(named)


def _denied(before: str, after: str) -> bool:
    if before.endswith(DENIED_RIGHT_BEFORE) or not DENIED_BEFORE_CHARACTERS.isdisjoint(before[-CHINESE_DENIAL_REACH:]):
        return True
    return not _DENIALS_BEFORE.isdisjoint(before.split()[-DENIAL_REACH:]) or not _DENIALS_AFTER.isdisjoint(
        after.split()[:DENIAL_REACH]
    )
