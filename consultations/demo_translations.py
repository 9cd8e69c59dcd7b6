"""Demo translation: the minor injury units consultation in Polish, made through wagtail-localize.

Polish is one of the languages most spoken at home in Peterborough after English (the plan's
engagement appendix), so the open minor injury units consultation is translated as an example:
its summary, background and questionnaire, faithfully, nothing added. It is an example
translation for the demo, not one checked by a professional translator.

The translation is made the way an editor would make one in the admin (wagtail-localize's
translation source and strings), so its questions and options keep the English block ids and
its answers are counted with the English ones.
"""

from django.db import transaction

from wagtail.models import Locale

from consultations.models import ConsultationPage

LANGUAGE = "pl"

# English text of each translatable string of the consultation -> its Polish translation.
# Hospital names stay in English: they are the names on the signs.
POLISH_MIU = {
    # Page
    "Minor injury units in East Cambridgeshire and Fenland": (
        "Punkty leczenia drobnych urazów we wschodnim Cambridgeshire i Fenland"
    ),
    "The future of the Minor Injury Units (MIUs) at Doddington Hospital, North Cambridgeshire Hospital in "
    "Wisbech and Princess of Wales Hospital in Ely, and the idea of three rural urgent primary care hubs.": (
        "Przyszłość punktów leczenia drobnych urazów (Minor Injury Units, MIU) w Doddington Hospital, "
        "North Cambridgeshire Hospital w Wisbech i Princess of Wales Hospital w Ely oraz pomysł utworzenia "
        "trzech wiejskich ośrodków pilnej podstawowej opieki zdrowotnej."
    ),
    # Background
    "What we reviewed": "Co sprawdziliśmy",
    "We reviewed the three minor injuries units in East Cambridgeshire and Fenland:": (
        "Sprawdziliśmy trzy punkty leczenia drobnych urazów we wschodnim Cambridgeshire i Fenland:"
    ),
    "North Cambridgeshire Hospital in Wisbech": "North Cambridgeshire Hospital w Wisbech",
    "Princess of Wales Hospital in Ely": "Princess of Wales Hospital w Ely",
    "We talked with the public, providers and other groups about a range of options for the future. We want "
    "local urgent care that is more joined up, works well and makes good use of money. It must suit the rural "
    "area, its poorer communities and its population.": (
        "Rozmawialiśmy z mieszkańcami, placówkami opieki zdrowotnej i innymi grupami o różnych możliwościach "
        "na przyszłość. Chcemy, aby lokalna pilna opieka była lepiej połączona, dobrze działała i dobrze "
        "wykorzystywała pieniądze. Musi pasować do obszaru wiejskiego, jego uboższych społeczności i jego "
        "mieszkańców."
    ),
    "What people told us": "Co powiedzieli nam ludzie",
    "In August and September 2016, the Clinical Commissioning Group (CCG) held meetings with local councillors "
    "and members of parliament, and a series of public meetings. Some venues were too small for the number of "
    "people who wanted to come, so extra meetings were held in much bigger venues.": (
        "W sierpniu i wrześniu 2016 roku Clinical Commissioning Group (CCG), czyli organ zamawiający usługi "
        "zdrowotne, spotkał się z lokalnymi radnymi i posłami do parlamentu oraz zorganizował serię spotkań "
        "publicznych. Niektóre sale były za małe dla wszystkich chętnych, dlatego zorganizowano dodatkowe "
        "spotkania w dużo większych salach."
    ),
    "About 650 people came. People were pleased to have their say and told us to hold more public meetings. "
    "They asked whether this was a formal consultation and when the engagement would end.": (
        "Przyszło około 650 osób. Ludzie cieszyli się, że mogą zabrać głos, i prosili o więcej spotkań "
        "publicznych. Pytali, czy są to formalne konsultacje i kiedy zakończą się rozmowy z mieszkańcami."
    ),
    "The options": "Możliwości",
    "No formal decisions have been taken. One option is to develop three rural urgent primary care hubs. At "
    "first they would join up local GP, minor injury and community services. Later they would add tests on "
    "the spot (point-of-care testing) and consultant advice by video link (telemedicine).": (
        "Nie podjęto żadnych formalnych decyzji. Jedną z możliwości jest utworzenie trzech wiejskich ośrodków "
        "pilnej podstawowej opieki zdrowotnej. Na początku połączyłyby one lokalne usługi lekarzy rodzinnych "
        "(GP), leczenia drobnych urazów i opieki środowiskowej. Później doszłyby badania na miejscu "
        "(point-of-care testing) i porady lekarzy specjalistów przez łącze wideo (telemedycyna)."
    ),
    "The hubs would deal with minor injuries, a wider range of minor illness and urgent care. GPs, nurses, "
    "pharmacists, therapists and others would work there, in and out of hours. They could arrange a step up "
    "to community or bed-based intermediate care.": (
        "Ośrodki zajmowałyby się drobnymi urazami, szerszym zakresem lżejszych chorób i pilną opieką. "
        "Pracowaliby w nich lekarze rodzinni, pielęgniarki, farmaceuci, terapeuci i inni, w godzinach pracy "
        "i poza nimi. Mogłyby też skierować pacjenta na wyższy poziom opieki: opiekę pośrednią w środowisku "
        "lub z pobytem na oddziale."
    ),
    "For local people, this would mean clearer, more consistent and joined-up access to urgent advice and "
    "treatment. Fewer people from rural areas would need to go into hospital just because there is no other "
    "care nearby.": (
        "Dla mieszkańców oznaczałoby to jaśniejszy, bardziej spójny i lepiej połączony dostęp do pilnych porad "
        "i leczenia. Mniej osób z obszarów wiejskich musiałoby iść do szpitala tylko dlatego, że w pobliżu nie "
        "ma innej opieki."
    ),
    "Buildings": "Budynki",
    "This links to our plans to redevelop local community hospital sites with modern buildings over the next "
    "three to five years. The Princess of Wales Hospital in Ely and North Cambridgeshire Hospital in Wisbech "
    "are obvious places for new neighbourhood hubs. Outline plans for these sites have already been drawn "
    "up.": (
        "Wiąże się to z naszymi planami przebudowy terenów lokalnych szpitali środowiskowych i postawienia tam "
        "nowoczesnych budynków w ciągu najbliższych trzech do pięciu lat. Princess of Wales Hospital w Ely "
        "i North Cambridgeshire Hospital w Wisbech to oczywiste miejsca na nowe ośrodki lokalne. Wstępne "
        "plany dla tych terenów są już gotowe."
    ),
    "What happens next": "Co dalej",
    "We planned to develop and test the first phase of the new urgent primary care models over 12 months. "
    "This will lead to more engagement and, possibly, consultation before later phases. We are also analysing "
    "all the options people put forward.": (
        "Zaplanowaliśmy, że przez 12 miesięcy opracujemy i przetestujemy pierwszy etap nowych modeli pilnej "
        "podstawowej opieki zdrowotnej. Potem będą kolejne rozmowy z mieszkańcami i być może konsultacje "
        "przed dalszymi etapami. Analizujemy też wszystkie możliwości, które zaproponowali ludzie."
    ),
    "We presented our proposals for urgent care services in Wisbech, Ely and Doddington, including the future "
    "of the Minor Injury Units, to the East of England Clinical Senate for a ‘Stage 1 Review’. The Clinical "
    "Senate approves of the proposals in principle. A ‘stage 2 review’ was planned for summer 2017.": (
        "Nasze propozycje dotyczące pilnej opieki w Wisbech, Ely i Doddington, w tym przyszłości punktów "
        "leczenia drobnych urazów, przedstawiliśmy radzie klinicznej East of England Clinical Senate do oceny "
        "pierwszego etapu (‘Stage 1 Review’). Rada kliniczna co do zasady popiera te propozycje. Ocenę "
        "drugiego etapu (‘stage 2 review’) zaplanowano na lato 2017 roku."
    ),
    # Questionnaire
    "Which minor injury unit have you used in the last two years?": (
        "Z którego punktu leczenia drobnych urazów korzystali Państwo w ciągu ostatnich dwóch lat?"
    ),
    "North Cambridgeshire Hospital, Wisbech": "North Cambridgeshire Hospital, Wisbech",
    "Princess of Wales Hospital, Ely": "Princess of Wales Hospital, Ely",
    "More than one of these": "Z więcej niż jednego z nich",
    "None of these": "Z żadnego z nich",
    "What matters most to you when you need care for a minor injury?": (
        "Co jest dla Państwa najważniejsze, gdy potrzebują Państwo pomocy przy drobnym urazie?"
    ),
    "How far I have to travel": "Jak daleko muszę jechać",
    "Being seen quickly": "Szybkie przyjęcie",
    "Being safe and getting good care": "Bezpieczeństwo i dobra opieka",
    "Having tests, such as X-rays, in the same place": "Badania, na przykład rentgen, w tym samym miejscu",
    "The same good care for everyone, wherever they live": (
        "Tak samo dobra opieka dla wszystkich, bez względu na to, gdzie mieszkają"
    ),
    "We could bring GP services, minor injury care and community services together in three rural urgent "
    "care hubs. How much do you agree with this idea?": (
        "Moglibyśmy połączyć usługi lekarzy rodzinnych (GP), leczenie drobnych urazów i opiekę środowiskową "
        "w trzech wiejskich ośrodkach pilnej opieki. W jakim stopniu zgadzają się Państwo z tym pomysłem?"
    ),
    "A hub is one place where these services work together.": (
        "Ośrodek to jedno miejsce, w którym te usługi działają razem."
    ),
    "When we judge the options, what should count most?": (
        "Co powinno liczyć się najbardziej, gdy będziemy oceniać możliwości?"
    ),
    "Quality of care: is it safe and good, and how far do people travel?": (
        "Jakość opieki: czy jest bezpieczna i dobra i jak daleko ludzie muszą jechać?"
    ),
    "Cost: can we afford it year after year?": "Koszty: czy stać nas na to rok po roku?",
    "Staff: can we recruit and keep enough skilled staff?": (
        "Personel: czy możemy zatrudnić i zatrzymać wystarczająco wielu wykwalifikowanych pracowników?"
    ),
    "Making it happen: do people support it, and how quickly can it be done?": (
        "Wdrożenie: czy ludzie to popierają i jak szybko można to zrobić?"
    ),
    "Your comments": "Państwa uwagi",
    "Is there anything else you want to tell us about minor injury services in East Cambridgeshire and Fenland?": (
        "Czy chcą nam Państwo powiedzieć coś jeszcze o leczeniu drobnych urazów we wschodnim Cambridgeshire i Fenland?"
    ),
    "Did you go to one of the public meetings about minor injury services in August or September 2016?": (
        "Czy byli Państwo na jednym ze spotkań publicznych o leczeniu drobnych urazów w sierpniu lub wrześniu "
        "2016 roku?"
    ),
    "What is your postcode?": "Jaki jest Państwa kod pocztowy?",
    "I agree that my answers can be used to help make decisions about local services. Quotes may be used in "
    "reports without my name.": (
        "Zgadzam się, aby moje odpowiedzi pomogły w podejmowaniu decyzji o lokalnych usługach. Cytaty z moich "
        "odpowiedzi mogą znaleźć się w raportach bez mojego imienia i nazwiska."
    ),
}

# The consultations list page, so a Polish reader finds the Polish consultation from a Polish page.
POLISH_INDEX = {
    "Consultations": "Konsultacje",
    "Have your say on changes to health and care services in Cambridgeshire and Peterborough.": (
        "Prosimy o Państwa opinię o zmianach w opiece zdrowotnej i społecznej w Cambridgeshire i Peterborough."
    ),
}


def translation_create(*, page, locale: Locale, strings: dict[str, str], user=None):
    """Translate a page with wagtail-localize from a table of translated strings, and publish it.

    Strings not in the table keep their English text (wagtail-localize's fallback), so the
    translation is never missing a part. Parent pages without a translation are added as
    aliases of the English ones, as wagtail-localize does when an editor translates a page.
    """
    from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = strings.get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )
    translated, _ = source.create_or_update_translation(
        locale, user=user, publish=False, copy_parent_pages=True, fallback=True
    )
    translated.get_latest_revision().publish(user=user)
    return translated.specific_class.objects.get(pk=translated.pk)


def _translated(page, locale: Locale) -> bool:
    """Whether the page has its own translation in the locale (an alias of the English page does not count)."""
    return (
        page.__class__.objects.filter(translation_key=page.translation_key, locale=locale, alias_of__isnull=True)
        .exclude(pk=page.pk)
        .exists()
    )


@transaction.atomic
def build_demo_translations(report) -> None:
    """The Polish minor injury units consultation and consultations list, where they are not translated
    yet (a translation already there, with any changes editors made, is kept)."""
    english = ConsultationPage.objects.filter(slug="minor-injury-units", locale=Locale.get_default()).first()
    if english is None:
        return
    polish, _ = Locale.objects.get_or_create(language_code=LANGUAGE)
    if not _translated(english, polish):
        translation_create(page=english, locale=polish, strings=POLISH_MIU)
        report.add("Polish translation of consultation minor-injury-units")
    index = english.get_parent().specific
    if not _translated(index, polish):
        translation_create(page=index, locale=polish, strings=POLISH_INDEX)
        report.add("Polish translation of the consultations page")
