"""Representative sample documents for the document tests and the benchmark (not a test module)."""

from __future__ import annotations

import datetime as dt

from transition_app.documents import model as m

CASE = "TA-2026-00042"

# (heading, sentence 1, sentence 2) per language — real sentences, with a Latin name and a
# case number inside the non-Latin ones.
TEXTS: dict[str, tuple[str, str, str]] = {
    "fr": ("Inscription à la commune",
           "Vous devez vous inscrire à la commune dans les 8 jours ouvrables.",
           f"Contactez le CPAS de Liège au sujet de votre dossier {CASE}."),
    "nl": ("Inschrijving bij de gemeente",
           "U moet zich binnen 8 werkdagen inschrijven bij de gemeente.",
           f"Neem contact op met het OCMW van Gent over uw dossier {CASE}."),
    "ar": ("التسجيل في البلدية",
           "يجب عليك التسجيل في البلدية خلال 8 أيام عمل.",
           f"اتصل بـ CPAS de Liège بخصوص ملفك رقم {CASE}."),
    "prs": ("ثبت نام در شاروالی",
            "شما باید در مدت ۸ روز کاری در شاروالی ثبت نام کنید.",
            f"با CPAS de Liège در مورد دوسیهٔ خود به شمارهٔ {CASE} تماس بگیرید."),
    "ps": ("ګرانه کورنۍ، په ښاروالۍ کې نوم ثبتول",
           "تاسو باید د ۸ کاري ورځو په ترڅ کې په ښاروالۍ کې نوم ثبت کړئ.",
           f"ډېر مهم: د کورنۍ ټول غړي دې لږ تر لږه یوه ورځ مخکې له CPAS de Liège سره اړیکه ونیسي ({CASE})."),
    "ti": ("ምዝገባ ኣብ ምምሕዳር ከተማ",
           "ኣብ ውሽጢ 8 መዓልታት ስራሕ ኣብ ምምሕዳር ከተማ ክትምዝገቡ ኣለኩም።",
           f"ብዛዕባ መዝገብኩም ቁጽሪ {CASE} ምስ CPAS de Liège ተራኸቡ።"),
    "uk": ("Реєстрація в муніципалітеті",
           "Ви повинні зареєструватися в муніципалітеті протягом 8 робочих днів.",
           f"Зверніться до CPAS de Liège щодо вашої справи № {CASE}."),
}

LETTERHEAD = m.Letterhead(
    name="Centre d'accueil Croix-Rouge de Jette",
    address_lines=("Rue Bonaventure 100", "1090 Jette"),
    contact_lines=("+32 2 123 45 67", "jette@example.org"),
)


def letter_section(lang: str, *, draft: bool = False) -> m.Section:
    heading, s1, s2 = TEXTS[lang]
    return m.Section(lang, (
        m.Heading(heading),
        m.Paragraph(s1),
        m.Paragraph(s2),
        m.KeyValueTable(((TEXTS[lang][0], CASE), ("CPAS", "CPAS de Liège"))),
        m.Checklist((
            m.ChecklistItem(s1, done=True, due=dt.date(2026, 3, 15)),
            m.ChecklistItem(s2, done=False, due=dt.date(2026, 3, 2), highlight=True),
        )),
        m.SignatureBlock((m.Signatory("Marie Dupont", "Assistante sociale"),), place="Jette",
                         date=dt.date(2026, 3, 1)),
    ), draft=draft)


def letter(lang: str, family_lang: str | None = None,
           layout: m.BilingualLayout = m.BilingualLayout.CONTINUOUS) -> m.Document:
    sections = [letter_section(lang)]
    if family_lang:
        sections.append(letter_section(family_lang, draft=True))
    return m.Document(title=f"Letter {lang}", language=lang, sections=tuple(sections),
                      letterhead=LETTERHEAD, layout=layout)


def dossier(pages: int = 8) -> m.Document:
    """An ~``pages``-page handover dossier: French part, then Arabic part (tables, checklists)."""
    fr_blocks: list[m.Block] = [m.Heading("Dossier de transition — famille Haddad"),
                                m.AddressBlock(("Famille Haddad", "Rue de la Station 12", "4000 Liège"))]
    ar_blocks: list[m.Block] = [m.Heading("ملف الانتقال — عائلة حداد")]
    for i in range(max(1, round(pages * 0.7))):
        fr_blocks += [
            m.Heading(f"{i + 1}. {TEXTS['fr'][0]}", level=2),
            m.Paragraph(" ".join([TEXTS["fr"][1], TEXTS["fr"][2]] * 3), align=m.Align.JUSTIFY),
            m.KeyValueTable(tuple((f"Élément {j}", f"Valeur {j} — {CASE}") for j in range(5))),
            m.Checklist(tuple(m.ChecklistItem(f"{TEXTS['fr'][1]} ({j})", done=j % 2 == 0,
                                              due=dt.date(2026, 3, 1 + j), highlight=j == 3)
                              for j in range(5))),
        ]
        ar_blocks += [
            m.Heading(f"{i + 1}. {TEXTS['ar'][0]}", level=2),
            m.Paragraph(" ".join([TEXTS["ar"][1], TEXTS["ar"][2]] * 3)),
            m.KeyValueTable(tuple((f"العنصر {j}", f"القيمة {j} — {CASE}") for j in range(5))),
            m.Checklist(tuple(m.ChecklistItem(f"{TEXTS['ar'][1]} ({j})", done=j % 2 == 0,
                                              due=dt.date(2026, 3, 1 + j), highlight=j == 3)
                              for j in range(5))),
        ]
    fr_blocks.append(m.Table(("Nom", "Lien", "Date de naissance"),
                             (("Haddad Samir", "Père", "01/02/1980"), ("Haddad Lina", "Mère", "03/04/1984"),
                              ("Haddad Omar", "Fils", "05/06/2012")), widths=(3, 2, 2)))
    fr_blocks.append(m.SignatureBlock((m.Signatory("Marie Dupont", "Assistante sociale"),
                                       m.Signatory("Samir Haddad", "Bénéficiaire")),
                                      place="Liège", date=dt.date(2026, 3, 1)))
    ar_blocks.append(m.Table(("الاسم", "صلة القرابة", "تاريخ الميلاد"),
                             (("سمير حداد", "الأب", "01/02/1980"), ("لينا حداد", "الأم", "03/04/1984"),
                              ("عمر حداد", "الابن", "05/06/2012")), widths=(3, 2, 2)))
    ar_blocks.append(m.SignatureBlock((m.Signatory("Marie Dupont"), m.Signatory("سمير حداد")),
                                      place="Liège", date=dt.date(2026, 3, 1)))
    return m.Document(title="Dossier de transition", language="fr", letterhead=LETTERHEAD,
                      sections=(m.Section("fr", tuple(fr_blocks)), m.Section("ar", tuple(ar_blocks), draft=True)),
                      layout=m.BilingualLayout.NEW_PAGE)
