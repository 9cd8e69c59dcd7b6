"""Demo delivery progress page, built only from the Health Scrutiny Committee update report of
6 November 2017 (agenda item 6: STP update report). Every figure, risk, score and action below
is stated in that report; nothing is added. Idempotent: an existing page is left as editors keep it."""

from datetime import date

from wagtail.models import Page

SLUG = "delivery-progress"
SOURCE = "Health Scrutiny Committee, 6 November 2017: Sustainability and Transformation Partnership update report"

PAGE = {
    "title": "Delivery progress",
    "slug": SLUG,
    "intro": "What has been done so far to put the plan into action, and the main risks. "
    "From the update given to the Health Scrutiny Committee in November 2017.",
}

BLOCKS = [
    {"type": "heading", "value": {"text": "Where we are", "level": 2}},
    {
        "type": "rich_text",
        "value": "<p>In early 2017 the programme moved from planning to delivery.</p>"
        "<p>Six Delivery Groups lead the work. Their members include clinicians from across the system, "
        "and patient and public representatives.</p>"
        "<p>Too many people end up in hospital, or stay in hospital too long, when they do not need to. "
        "So in 2017/18 much of the work is about more services and care in the community.</p>",
    },
    {
        "type": "table",
        "value": {
            "caption": "Money invested and new posts, 2017/18",
            "header": ["Service", "Money", "Additional posts"],
            "rows": [
                ["Joint Emergency Team", "£2m", "More than 70"],
                ["Stroke Early Supported Discharge", "£0.7m", "35 (recruiting)"],
                ["Discharge to Assess", "Over £6m", "155"],
                ["Respiratory, stroke prevention and falls prevention services", "£1m", "Not given"],
                ["Diabetes (funding awarded from a national bid)", "£1.9m", "Not given"],
            ],
        },
    },
    {"type": "heading", "value": {"text": "Joint Emergency Team", "level": 2}},
    {
        "type": "rich_text",
        "value": "<p>This team supports vulnerable patients in their homes and in the community. "
        "£2m has been invested to expand it with more than 70 additional staff.</p>"
        "<p>By the end of September 2017, almost 50 job offers had been made and about 20 new staff were in post.</p>",
    },
    {
        "type": "table",
        "value": {
            "caption": "Joint Emergency Team: early results at the end of September 2017",
            "header": ["Measure", "Figure"],
            "rows": [
                ["Referrals in the last week of September", "169"],
                ["Average referrals per week in the year to date", "148"],
                ["Referrals that led to a first contact with the patient", "80%"],
                ["Referrals resolved without a transfer to an acute hospital", "89%"],
                ["First contact within 2 hours of the referral", "65%"],
            ],
        },
    },
    {
        "type": "chart",
        "value": {
            "title": "How much of the team's capacity was used",
            "description": "The share of the Joint Emergency Team's capacity used on weekdays and at weekends, "
            "at the end of July and at the end of September 2017.",
            "unit": "%",
            "rows": [
                {"label": "Weekdays, July", "value": 57},
                {"label": "Weekdays, September", "value": 71},
                {"label": "Weekends, July", "value": 28},
                {"label": "Weekends, September", "value": 63},
            ],
        },
    },
    {"type": "heading", "value": {"text": "Stroke Early Supported Discharge", "level": 2}},
    {
        "type": "rich_text",
        "value": "<p>£0.7m is being invested in a new service. It will give intensive support to people leaving "
        "hospital after a stroke, and neuro rehabilitation at home.</p>"
        "<p>35 additional posts are being recruited for it.</p>",
    },
    {"type": "heading", "value": {"text": "Discharge to Assess", "level": 2}},
    {
        "type": "rich_text",
        "value": "<p>This helps people leave hospital when they no longer need a hospital bed. They get short-term "
        "support at home or in another community setting. Their longer-term needs are then assessed there, "
        "at the right time for them.</p>"
        "<p>Over £6m is being invested in 2017/18 to recruit 155 additional posts, mainly Integrated Care Workers.</p>"
        "<p>In the first week of September 2017, 25% more patients than the normal weekly average were "
        "helped to leave hospital. Many had very complex needs and had been waiting more than 20 days.</p>",
    },
    {"type": "heading", "value": {"text": "Primary care and neighbourhood teams", "level": 2}},
    {
        "type": "rich_text",
        "value": "<p>Key achievements in 2017/18 so far:</p><ul>"
        "<li>£1m invested in respiratory, stroke prevention and falls prevention services</li>"
        "<li>£1.9m diabetes funding awarded from a national bid</li></ul>",
    },
]

# (reference, risk, score, what is being done, score after the actions) - Annex 2 of the report.
RISKS = [
    (
        "R-06",
        "There is a risk that deterioration of our core financial position may lead to failure to access "
        "additional monies such as sustainability funds.",
        20,
        "CCG Financial turnaround plan aligned to STP delivery plan. CUHFT and NWAngliaFT financial recovery plans "
        "and operational Plan assumptions aligned to STP. Delivery of QIPP and CIP.",
        16,
    ),
    (
        "R-08",
        "There is a risk that, if we do not effectively engage with patients, members of the public and other "
        "stakeholders, STP implementation may be compromised due to lack of support.",
        20,
        "Communication & Engagement Strategy in place and to be routinely refreshed. Training & guidance in how to "
        "effectively engage with stakeholders provided to all STP staff and clinicians. Active patient involvement "
        "in STP Delivery Groups and Improvement Areas. Routine stakeholder communication via, for example, STP "
        "Website, newsletter, social media and proposed Stakeholder Group.",
        12,
    ),
    (
        "R-15",
        "There is a risk that Clinicians will not engage with STP implementation if they believe that clinical "
        "conclusions and agreed care models will not be implemented.",
        20,
        "Clinical Engagement Strategy that 1) establishes Strategic Clinical Networks to lead clinical planning and "
        "proposed care models in areas such as Cardiovascular and Stroke 2) ensures clinical leaders are in place "
        "for every significant implementation area 3) puts in place Evaluation Task & Finish Groups and 4) "
        "strengthens, in collaboration with communication colleagues, engagement with specific clinical groups "
        "e.g. GPs.",
        12,
    ),
    (
        "R-16",
        "There is a risk that proposed solutions are not supported by MPs, councillors and other elected "
        "representatives.",
        25,
        "Engagement with councillors via Health Committee, Health & Wellbeing Board and processes, specific "
        "meetings and fora to ensure two-way dialogue that informs elected representatives of the case for change "
        "and ensures that there is an opportunity for councillors to influence solutions. Routine meetings with "
        "MPs, individually and collectively, to brief on issues.",
        20,
    ),
    (
        "R-17",
        "There is risk that Primary Care as providers are not engaged or included in system wide leadership "
        "conversations.",
        25,
        "Sustainable General Practice strategy group to provide assurance over implementation of GP Forward View. "
        "CCG investment in GP time to support GPs to be involved in redesign work. Communications Cell to devise "
        "system-wide GP engagement strategy.",
        20,
    ),
    (
        "R-20",
        "There is a risk the system will not have the ability to capture sufficient savings opportunities in "
        "2017/18 due to the lack of dedicated delivery resources.",
        16,
        "Prioritise where to focus effort and response for 2017/18. CCG have realigned staff to priority projects. "
        "Focussed oversight of delivery by SDU.",
        12,
    ),
    (
        "R-25",
        "There is a risk that negotiations with national bodies (Department of Health, Treasury) are "
        "un-coordinated among system partners, reducing negotiating leverage and likelihood of getting desired "
        "changes (e.g. to Market Forces Factor, for estates / infrastructure investment).",
        20,
        "Application of MOU behaviours regarding sharing intelligence about strategic intent, via updates to HCE "
        "and/or FPPG. CEO commitment to speaking as a system, with one voice when negotiating with national "
        "bodies. HCE & CPSB meeting quarterly with shared agenda priorities agreed.",
        16,
    ),
    (
        "R-26",
        "There is a risk that ineffective STP Governance may lead to failure to deliver on agreed actions.",
        20,
        "Revision of Governance Framework underway and seeks to strengthen accountability and decision making.",
        16,
    ),
    (
        "R-27",
        "There is a risk of delivery of STP wide projects due to capacity of teams and SROs alongside business as "
        "usual pressures.",
        20,
        "Accountable Officer to actively monitor delivery of STP objectives, seek to resolve any delivery issues "
        "and escalate unresolved issues to HCE.",
        12,
    ),
    (
        "R-29",
        "There is a risk that competing pressures placed on the CCG and Providers from National Bodies to deliver "
        "short term turnaround could be at the detriment of longer term sustainability and deliverability of the "
        "STP.",
        20,
        "HCE to monitor delivery of programme and to raise concerns honestly and openly in the HCE meetings in the "
        "first instance and escalate any unresolved issues to Bi-partite meeting with NHS England and NHS "
        "Improvement.",
        12,
    ),
    (
        "R-30",
        "There is a risk that the system will be unable to secure external funding required to support delivery "
        "and this will result in the programme failing to achieve its objectives.",
        25,
        "Deploy appropriate resource to ensure bids for national monies are completed to a high standard to "
        "maximise opportunity to be awarded funds. Utilise the virtual task and finish group to support the "
        "process. Seek other funding sources. If funding is not granted reassess STP objectives and identify "
        "other opportunities to deliver savings and objectives. Engaging with local MPs.",
        20,
    ),
    (
        "R-31",
        "There is a risk that if a number of business cases all rely on recruiting new staff it may be difficult "
        "to recruit to all positions and if they are recruited from within the system this may cause problems "
        "for existing services.",
        25,
        "Delivery Groups to work closely with their Workforce lead to develop an appropriate recruitment strategy. "
        "Workforce leads to liaise to maintain an overview of Workforce requirements to ensure the needs of all "
        "business cases do not conflict and to ensure that the impact of large scale recruitment may have on "
        "other parts of the system is understood.",
        20,
    ),
    (
        "R-32",
        "There is a risk that current transformation staff within all organisations aren't fully aligned to the "
        "STP and could result in the programme failing to achieve its objectives.",
        25,
        "Accountable Officers to actively monitor delivery of STP objectives, seek to resolve and any unresolved "
        "issues to be escalated to HCE. Review engagement and communication strategy within organisations to "
        "ensure understanding and awareness of the STP.",
        20,
    ),
    (
        "R-33",
        "There is a risk that as a consequence of being drawn into the Capped Expenditure Process (CEP) the "
        "system will be required to focus on short term actions and/or restrict the systems ability to focus on "
        "delivery of the STP programme of work.",
        20,
        "Accountable Officers to continue to engage national bodies to understand and, where possible, influence "
        "the CEP.",
        12,
    ),
]

RISKS_BLOCK = {
    "type": "risks",
    "value": {
        "heading": "Main risks",
        "heading_level": "2",
        "intro": "These are the main risks to delivering the plan, as set out in the report to the committee. "
        "Each has a risk score, what is being done about it, and the score after those actions.",
        "risks": [
            {"reference": ref, "risk": risk, "score": score, "mitigation": mitigation, "score_after": after}
            for ref, risk, score, mitigation, after in RISKS
        ],
    },
}


def build_demo_delivery(home: Page, report, stream) -> Page:
    """The delivery progress page under the home page, shown in the menu. Kept as it is if it exists."""
    import json

    from home.models import DeliveryProgressPage

    existing = home.get_children().filter(slug=SLUG).specific().first()
    if existing is not None:
        return existing
    body = json.loads(stream(BLOCKS))
    body.append(RISKS_BLOCK)
    page = DeliveryProgressPage(
        **PAGE,
        source=SOURCE,
        reported_on=date(2017, 11, 6),
        body=json.dumps(body),
        show_in_menus=True,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    report.add(f"page {page.url_path}")
    return page
