"""Demo content for the Fit for the Future site, drawn from the source documents in shared/seeds.

Every fact, figure, name and date here comes from one of these seed documents:

* 000 - System Transformation Team: partners, workstreams and the four phases.
* 001 - the full Sustainability and Transformation Plan (STP), October 2016.
* 002 - news item: the STP is published.
* 003 - trade-press (HSJ) article: one system, one budget.
* 004 - update report to the Health Scrutiny Committee, 6 November 2017.

Public copy is rewritten in plain English; quotes are copied exactly from the seeds.
This module holds data only (str, int, float, list, dict and datetime.date values);
the demo loader turns it into pages, snippets and documents.
"""

import datetime

# Names of the seed documents, used as the "source" of figures and news items.
SOURCE_STP = "Sustainability and Transformation Plan, October 2016"
SOURCE_STP_NEWS = "News: Cambridgeshire and Peterborough Sustainability and Transformation Plan published"
SOURCE_HSJ = "HSJ article: one system, one budget"
SOURCE_SCRUTINY = "STP update report to the Health Scrutiny Committee, 6 November 2017"

TOWNS = ["Cambridge", "Ely", "Huntingdon", "Peterborough", "Wisbech"]

SOCIAL = {
    "twitter": "@fitforfuturenhs",
    "facebook": "fitforfuturenhs",
    "website": "www.fitforfuture.org.uk",
}

# The ten points of the plan, grouped under the four priorities for change (001, 004).
TEN_POINT_PLAN = [
    {
        "priority": "At home is best",
        "points": [
            "1. People powered health and wellbeing",
            "2. Neighbourhood care hubs",
        ],
    },
    {
        "priority": "Safe and effective hospital care, when needed",
        "points": [
            "3. Responsive urgent and expert emergency care",
            "4. Systematic and standardised care",
            "5. Continued world-famous research and services",
        ],
    },
    {
        "priority": "We’re only sustainable together",
        "points": [
            "6. Partnership working",
        ],
    },
    {
        "priority": "Supported delivery",
        "points": [
            "7. A culture of learning as a system",
            "8. Workforce: growing our own",
            "9. Using our land and buildings better",
            "10. Using technology to modernise health",
        ],
    },
]

HOME = {
    "intro": (
        "Fit for the Future is how the NHS and local councils in Cambridgeshire and "
        "Peterborough are working together to keep people well. Read our plan, see what is "
        "changing and have your say."
    ),
    "numbers": [
        {
            "figure": "900,000+",
            "label": "local people our health and care services are here for",
            "source": SOURCE_STP,
        },
        {
            "figure": "£250m",
            "label": (
                "the overspend (deficit) we forecast by 2020/21 if nothing changes, even "
                "after the savings we usually make"
            ),
            "source": SOURCE_STP_NEWS,
        },
        {
            "figure": "£543m",
            "label": (
                "the total money challenge over four years: £250m deficit, plus £250m of "
                "planned savings, plus £43m to improve services"
            ),
            "source": SOURCE_STP_NEWS,
        },
        {
            "figure": "£504m",
            "label": "the NHS deficit we expect by 2020/21 if we do nothing at all",
            "source": SOURCE_STP,
        },
        {
            "figure": "100,000+",
            "label": "new homes to be built in Cambridgeshire and Peterborough",
            "source": SOURCE_STP,
        },
        {
            "figure": "20,000+",
            "label": "staff employed by the organisations that provide our care",
            "source": SOURCE_STP,
        },
    ],
    "priorities": [
        {
            "title": "At home is best",
            "summary": (
                "More care at home and in the community, close to where people live. We want "
                "to help people look after themselves and stay well, so fewer people need to "
                "go into hospital."
            ),
            "points": TEN_POINT_PLAN[0]["points"],
        },
        {
            "title": "Safe and effective hospital care, when needed",
            "summary": (
                "Hospitals that work together in care networks. Where it is possible and "
                "right, we move knowledge and expert advice rather than moving patients."
            ),
            "points": TEN_POINT_PLAN[1]["points"],
        },
        {
            "title": "We’re only sustainable together",
            "summary": (
                "None of our organisations can keep going on its own. The money challenge is "
                "too big. We need to work together in a way we have never done before."
            ),
            "points": TEN_POINT_PLAN[2]["points"],
        },
        {
            "title": "Supported delivery",
            "summary": (
                "Four things that help all the other changes happen: learning together, "
                "growing our own staff, using our land and buildings better, and using "
                "technology."
            ),
            "points": TEN_POINT_PLAN[3]["points"],
        },
    ],
}


# ---------------------------------------------------------------------------
# Plan pages (children of "our-plan")
# ---------------------------------------------------------------------------

_WHY_CHANGE = {
    "slug": "why-we-need-to-change",
    "title": "Why we need to change",
    "intro": (
        "Our health and care services are under pressure. The number of people who need "
        "care is growing, we are short of staff in some jobs, and we spend more money than "
        "we have."
    ),
    "body": [
        {"type": "heading", "value": {"text": "What is going well", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>Our area has a lot to be proud of.</p>"
                "<ul>"
                "<li>Our cancer services are some of the best and quickest to respond in the "
                "country. We are better than many areas at finding cancer early.</li>"
                "<li>Fewer local people die from long-term heart disease than the national "
                "average.</li>"
                "<li>People here are not very likely to die early from long-term liver "
                "disease.</li>"
                "</ul>"
                "<p>But we can and must do better.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "More people need care", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>We are struggling to meet the needs of our 900,000+ local residents.</p>"
                "<ul>"
                "<li>Our population is growing fast. It will be 20% bigger in 2031 than it was "
                "in 2013.</li>"
                "<li>More than 100,000 new homes will be built.</li>"
                "<li>The number of older people is growing fast. This means more people live "
                "with long-term conditions.</li>"
                "<li>We think around 100,000 people here have several long-term conditions at "
                "the same time.</li>"
                "<li>By 2018, 23.8% of our population will be obese (very overweight).</li>"
                "</ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Health is not the same everywhere", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>People in Cambridgeshire usually live longer than the national average. "
                "In Peterborough the opposite is true. There are also poorer areas in Fenland, "
                "North East Cambridge and North Huntingdon.</p>"
                "<p>More than one in five children in Peterborough (21.9%) live in poverty. "
                "This is higher than the England average of 18.6% and the Cambridgeshire "
                "average of 12.1%.</p>"
            ),
        },
        {
            "type": "chart",
            "value": {
                "title": "Children living in poverty",
                "description": (
                    "Percentage of children living in poverty: Peterborough 21.9%, England "
                    "average 18.6%, Cambridgeshire average 12.1%."
                ),
                "unit": "%",
                "rows": [
                    {"label": "Peterborough", "value": 21.9},
                    {"label": "England average", "value": 18.6},
                    {"label": "Cambridgeshire average", "value": 12.1},
                ],
            },
        },
        {
            "type": "rich_text",
            "value": (
                "<p>Heart and blood vessel disease (cardiovascular disease, or CVD) shows the "
                "gap clearly. In 2012 to 2014, deaths from CVD in people under 75 were 58.8 "
                "in every 100,000 people in Cambridgeshire. This is better than the national "
                "average. In Peterborough they were 89.6 in every 100,000. This is worse than "
                "the national average. Small areas of Cambridgeshire, such as Wisbech, also "
                "have high rates of deaths from CVD.</p>"
            ),
        },
        {
            "type": "chart",
            "value": {
                "title": ("Deaths from cardiovascular disease (CVD) in people under 75, 2012 to 2014"),
                "description": (
                    "Deaths from CVD in people under 75 for every 100,000 people, adjusted for "
                    "age: Cambridgeshire 58.8, Peterborough 89.6."
                ),
                "unit": "per 100,000 people",
                "rows": [
                    {"label": "Cambridgeshire", "value": 58.8},
                    {"label": "Peterborough", "value": 89.6},
                ],
            },
        },
        {
            "type": "rich_text",
            "value": (
                "<p>Peterborough has a more mixed population than Cambridge. In 2015, almost "
                "half (45%) of school children were not recorded as ‘white British’. A third "
                "(35%) of pupils speak a language other than English at home. Panjabi and "
                "Polish are the most common after English. Many primary school pupils in "
                "Wisbech speak an Eastern European language at home.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Care and staff", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>We do not always give care of the best quality. Sometimes patients and "
                "carers feel that staff do not listen to them. People with long-term "
                "conditions say their care and medicines are not always joined up.</p>"
                "<p>We are short of staff:</p>"
                "<ul>"
                "<li>We do not have enough emergency doctors now.</li>"
                "<li>We expect to be short of specialist consultants in emergency care, "
                "radiology (scans and X-rays), stroke and psychiatry.</li>"
                "<li>By 2021 we may have a gap of at least 28% in adult nursing jobs.</li>"
                "<li>Fewer than 1% of newly qualified nurses choose to work in general "
                "practice.</li>"
                "<li>In the next 10 years, 18% of GPs and 33% of practice nurses will reach "
                "retirement age.</li>"
                "<li>We are short of paramedics and ambulance technicians.</li>"
                "</ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Services under pressure", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>We do not always meet these national targets:</p>"
                "<ul>"
                "<li>seeing people in Accident and Emergency (A&amp;E) within four hours</li>"
                "<li>waiting times from referral to treatment</li>"
                "<li>emergency ambulance response times</li>"
                "</ul>"
                "<p>Too many people stay in hospital when they are ready to leave. This is "
                "called a delayed transfer of care. Too many people also go to hospital for "
                "care they could get from their GP or in the community.</p>"
                "<p>The main reason is that, for many years, not enough money went into "
                "community care, GP services and support for people with long-term "
                "conditions.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Money", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>In 2015/16, Cambridgeshire and Peterborough had about £1.7 billion to spend. "
                "Together, our organisations overspent by more than £160m.</p>"
                "<p>If we do nothing, we expect the NHS here to overspend by £504m by "
                '2020/21. <a href="/our-plan/the-money/">Read more about the money</a>.</p>'
            ),
        },
        {
            "type": "inset",
            "value": {
                "body": (
                    "<p>We set out these reasons for change in our Evidence for Change document, "
                    "published in March 2016.</p>"
                )
            },
        },
    ],
    "children": [],
}

_TEN_POINT_PLAN_PAGE = {
    "slug": "ten-point-plan",
    "title": "Our 10-point plan",
    "intro": (
        "The 10-point plan is how we will deliver our four priorities for change. Here is what each point means."
    ),
    "body": [
        {
            "type": "rich_text",
            "value": (
                "<p>We talked with staff, patients, carers and partners. Together we chose four "
                "priorities for change and wrote a 10-point plan to deliver them. The changes "
                "will happen over the next 10 years.</p>"
            ),
        },
        # Priority 1
        {"type": "heading", "value": {"text": "Priority: At home is best", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>We want more care to happen at home and in the community, close to where "
                "people live. We want to help people to help themselves, so fewer people need "
                "to go into hospital in an emergency. This covers people of all ages and "
                "includes GP services and social care.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "1. People powered health and wellbeing", "level": 3},
        },
        {
            "type": "rich_text",
            "value": (
                "<p>A lot of what keeps us healthy happens outside the NHS. We see local people "
                "as equal partners in staying well. We will:</p>"
                "<ul>"
                "<li><strong>Help shape new housing.</strong> More than 100,000 new homes will "
                "be built. We want them to make it easy to be active and to help older people "
                "stay independent. Northstowe is part of the national Healthy New Towns "
                "programme.</li>"
                "<li><strong>Prevent illness.</strong> We will follow our Health System "
                "Prevention Strategy. In Peterborough, more health checks are being done, "
                "especially for 25 to 39 year olds from the South Asian community in the "
                "poorest areas. We are working with older people to prevent falls. We will "
                "offer more help to stop smoking, more cardiac (heart) rehabilitation and more "
                "self-management courses for people with Chronic Obstructive Pulmonary Disease "
                "(COPD), a long-term lung condition.</li>"
                "<li><strong>Start young.</strong> The councils and the NHS are joining up "
                "services for children and young people aged 0 to 19, including Child and "
                "Adolescent Mental Health Services (CAMHS). Children’s doctors and specialist "
                "nurses help GPs to treat children so they do not need to go to A&amp;E.</li>"
                "<li><strong>Support mental wellbeing.</strong> We have an agreed mental health "
                "strategy. We will support local plans for public mental health and suicide "
                "prevention.</li>"
                "<li><strong>Reach out.</strong> Our teams will work with voluntary and "
                "community groups to find people at risk of poor health. This includes people "
                "with severe mental illness or dementia, migrant workers and travellers.</li>"
                "<li><strong>Support self-care.</strong> GPs, consultants and nurses will make "
                "it easier for people with long-term conditions to look after themselves. The "
                "Self Management Support Centre at Cambridge University Hospitals is run by "
                "expert clinicians and patients. It has helped people living with COPD, "
                "diabetes, heart disease and stroke.</li>"
                "<li><strong>Help people age well.</strong> We will focus on physical activity, "
                "preventing falls, older people’s mental health, dementia care, and tackling "
                "loneliness and poor diet.</li>"
                "</ul>"
            ),
        },
        {"type": "heading", "value": {"text": "2. Neighbourhood care hubs", "level": 3}},
        {
            "type": "rich_text",
            "value": (
                "<p>As much care as possible should be led by GP services. To do this, GP "
                "practices need more time and support.</p>"
                "<ul>"
                "<li><strong>Time to Care testbeds.</strong> We have 105 GP practices. Most "
                "say they struggle with rising demand. We will start with three ‘testbeds’. "
                "Each is a group of seven to 10 practices caring for 30,000 to 50,000 "
                "patients. They will try out the 10 High Impact Actions in the GP Forward "
                "View.</li>"
                "<li><strong>Neighbourhood teams.</strong> District nurses, matrons, social "
                "workers, therapists and pharmacists already work together around groups of GP "
                "practices. In 2016 our 16 teams were less than a year old. Four "
                "‘trailblazer’ teams were chosen to test new ways of managing care in summer "
                "2016.</li>"
                "<li><strong>Community experts.</strong> Teams need quick access to expert "
                "advice, for example on diabetes, children’s health and breathing problems. "
                "This helps them care for more people safely at home.</li>"
                "<li><strong>Sharing knowledge.</strong> We want one care plan owned by the "
                "patient and their family, and one electronic care record that all the staff "
                "caring for them can see securely.</li>"
                "<li><strong>Mental health in every neighbourhood.</strong> Neighbourhoods "
                "already have community mental health teams linked to them. We want to join "
                "up physical and mental health care further.</li>"
                "<li><strong>Your own bed, not a hospital bed.</strong> Many people prefer to "
                "be cared for in their own bed. When the plan was written, 41.6% of people here "
                "died "
                "in a hospital bed. This is below the national average of 47.9%, but it is "
                "higher in "
                "poorer areas. We have 213 health and social care community beds. We plan to "
                "have fewer "
                "community beds by 2018 and spend the money on care at home instead.</li>"
                "</ul>"
                "<p>In Peterborough, GP practices, the City Council and local trusts have "
                "tested GP appointments on weekday evenings up to 8pm, at weekends and on bank "
                "holidays. They also set up ‘WebGP’, which gives 24-hour online advice about "
                "self-care and what community pharmacists can offer.</p>"
            ),
        },
        # Priority 2
        {
            "type": "heading",
            "value": {
                "text": "Priority: Safe and effective hospital care, when needed",
                "level": 2,
            },
        },
        {
            "type": "rich_text",
            "value": (
                "<p>Two thirds of our acute hospitals are under severe pressure, and one of our "
                "acute trusts is in special measures. Our hospitals will work together in "
                "‘care networks’. This means that, where possible and right, we move knowledge "
                "and expert advice rather than moving patients.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "3. Responsive urgent and expert emergency care", "level": 3},
        },
        {
            "type": "rich_text",
            "value": (
                "<p>It is not good for patients to stay in hospital longer than they need to. "
                "We want hospital to be the last resort.</p>"
                "<ul>"
                "<li><strong>A&amp;E.</strong> We looked at our three Accident and Emergency "
                "(A&amp;E) departments. We will keep a Specialist Emergency Centre at Cambridge "
                "University Hospitals and an Emergency Centre at Peterborough and Stamford "
                "Hospitals. Hinchingbrooke will keep its A&amp;E, with a service led by "
                "physicians (doctors).</li>"
                "<li><strong>Ambulance.</strong> Paramedics, with support from other "
                "clinicians, will decide if a patient really needs to go to hospital. This is "
                "called ‘hear and treat’, ‘see and treat’ and ‘see, treat and convey’.</li>"
                "<li><strong>NHS 111 and the clinical hub.</strong> Since October 2016, an "
                "integrated urgent care service has replaced the separate NHS 111 and GP out "
                "of hours services. You should still call 111 first. If you need to, you will "
                "speak to or see a clinician within four hours.</li>"
                "<li><strong>Minor injuries units.</strong> We reviewed the three minor "
                "injuries units in East Cambridgeshire and Fenland and talked with the public. "
                "No formal decisions have been taken. "
                '<a href="/faqs/">See our questions and answers about minor injury '
                "units</a>.</li>"
                "<li><strong>Mental health crisis.</strong> We are spending £2m of Urgent and "
                "Emergency Care Vanguard money in 2016/17 on a community service for people "
                "in mental health crisis. Four mental health workers now work in the police "
                "control room.</li>"
                "<li><strong>Leaving hospital.</strong> We are bringing in ‘discharge to "
                "assess’. People leave hospital as soon as it is safe, and we check what "
                "support they need at home or in the community.</li>"
                "<li><strong>Seven-day services.</strong> Our three urgent and emergency care "
                "sites will meet the government’s seven-day service standards.</li>"
                "</ul>"
                "<p>Cambridgeshire and Peterborough is one of eight national Urgent and "
                "Emergency Care Vanguards, which test new ways of working.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "4. Systematic and standardised care", "level": 3}},
        {
            "type": "rich_text",
            "value": (
                "<p>Evidence tells us that care done the same way everywhere is often better "
                "and costs less.</p>"
                "<ul>"
                "<li><strong>Care networks.</strong> Hospital clinicians will share rules for "
                "referrals, share out-of-hours rotas and run services as one across our "
                "hospitals. Specialist advice, for example on neurology, cardiology and "
                "dermatology, could be given at Hinchingbrooke and Peterborough by video "
                "link.</li>"
                "<li><strong>Patient choice hub.</strong> A new hub would give GPs clinical "
                "advice and offer patients a range of choices about where and by whom they "
                "are seen.</li>"
                "<li><strong>Bringing some care together.</strong> Where doing more of "
                "something makes care better, we may bring it onto fewer sites. For ear, nose "
                "and throat (ENT) care, one idea is planned day cases at Hinchingbrooke, with "
                "emergency and inpatient work at Cambridge University Hospitals and "
                "Peterborough and Stamford Hospitals.</li>"
                "<li><strong>Orthopaedics (bones and joints).</strong> We are looking at "
                "where different kinds of bone and joint operations happen. We expect to "
                "consult the public in 2017.</li>"
                "<li><strong>Stroke.</strong> We are looking at putting all bed-based stroke "
                "and neurological rehabilitation on one site, with more support at home. We "
                "will keep two hyperacute stroke units. We expect to consult the public in "
                "2017.</li>"
                "<li><strong>Women and children.</strong> All three of our obstetric "
                "(maternity) units, each with a midwife-led unit next to it, will stay. We "
                "will develop a unit at Cambridge University Hospitals where children can be "
                "assessed and watched closely.</li>"
                "</ul>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "5. Continued world-famous research and services", "level": 3},
        },
        {
            "type": "rich_text",
            "value": (
                "<p>Much specialist care already happens at our two world-famous hospitals: "
                "Cambridge University Hospitals and, for heart and lung care, Papworth "
                "Hospital. So the plan does not make big changes to specialist services. But "
                "we can improve some areas:</p>"
                "<ul>"
                "<li><strong>Cancer.</strong> The number of people living with cancer will "
                "double by 2030. We want to find more cancers early and make screening work "
                "better, especially breast and bowel screening.</li>"
                "<li><strong>Specialist mental health.</strong> The East of England is one of "
                "three areas without a mother and baby unit for women with severe mental "
                "health problems after childbirth. We aim to address this.</li>"
                "<li><strong>Cardiology (heart care).</strong> Papworth Hospital will move to "
                "the Cambridge Biomedical Campus, next to Cambridge University Hospitals. It "
                "will then lead heart services across both. With Peterborough and Stamford "
                "Hospitals, it will help give better access to heart specialists’ advice, "
                "24 hours a day, 7 days a week.</li>"
                "</ul>"
            ),
        },
        # Priority 3
        {
            "type": "heading",
            "value": {"text": "Priority: We’re only sustainable together", "level": 2},
        },
        {
            "type": "rich_text",
            "value": (
                "<p>None of our organisations can keep going on its own. Our money challenge "
                "is too big. We need to work together in a way we have never done before.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "6. Partnership working", "level": 3}},
        {
            "type": "rich_text",
            "value": (
                "<ul>"
                "<li><strong>GP practices working together.</strong> Many practices see the "
                "benefit of working together for 30,000 patients or more, for example as "
                "federations.</li>"
                "<li><strong>Joining two hospital trusts.</strong> At the end of September "
                "2016, the boards of Peterborough and Stamford Hospitals and Hinchingbrooke "
                "approved a full business case to become one trust with three hospitals: "
                "Hinchingbrooke, "
                "Peterborough and Stamford. The merger was planned for 1 April 2017.</li>"
                "<li><strong>Sharing back-office work.</strong> We will share human resources "
                "(HR) work. A ‘staff passport’ will make it easier for staff to move between "
                "organisations. We will buy things together, starting by buying all joint kits "
                "for orthopaedics together.</li>"
                "<li><strong>Health and social care together.</strong> The Clinical "
                "Commissioning Group (CCG) and local councils are joining up how they plan "
                "mental health and children’s services. They are thinking about a joint "
                "director to lead this.</li>"
                "<li><strong>Voluntary groups and carers.</strong> Voluntary and community "
                "groups give a lot of support. We want to work more closely with them and "
                "support carers, for example through the Carers’ Prescription.</li>"
                "</ul>"
            ),
        },
        # Priority 4
        {"type": "heading", "value": {"text": "Priority: Supported delivery", "level": 2}},
        {
            "type": "rich_text",
            "value": ("<p>Four things help all the other changes happen. The plan calls them ‘enablers’.</p>"),
        },
        {"type": "heading", "value": {"text": "7. A culture of learning as a system", "level": 3}},
        {
            "type": "rich_text",
            "value": (
                "<p>We will learn from some of the best NHS trusts in the country. We will "
                "build one way of improving quality across all our organisations, with "
                "coaching and chances to try new ideas together.</p>"
                "<p>Research is part of who we are. For example, the Heart and Lung Research "
                "and Education Institute is due to open in 2020 next to the new Papworth "
                "Hospital.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "8. Workforce: growing our own", "level": 3}},
        {
            "type": "rich_text",
            "value": (
                "<ul>"
                "<li><strong>Training new staff.</strong> We will ‘grow our own’ and offer "
                "‘earn as you learn’ careers, from apprenticeships up to senior roles.</li>"
                "<li><strong>Keeping skilled staff.</strong> More than a quarter of our staff "
                "are aged 51 or over. We want to keep their skills and knowledge and help "
                "them train newer staff.</li>"
                "<li><strong>New roles.</strong> For example, a new integrated care worker "
                "role and care home educators who help care home staff.</li>"
                "<li><strong>Working flexibly.</strong> Staff may sometimes work for "
                "different organisations, depending on demand.</li>"
                "</ul>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "9. Using our land and buildings better", "level": 3},
        },
        {
            "type": "rich_text",
            "value": (
                "<p>Some of our community buildings are not used well. We could use fewer "
                "buildings and build new, modern hubs where GPs work alongside social care "
                "and community staff. Over time these hubs could replace much hospital "
                "outpatient care.</p>"
                "<p>The Princess of Wales Hospital in Ely and North Cambridgeshire Hospital in "
                "Wisbech are obvious places for new neighbourhood hubs. Outline plans have "
                "been drawn up for these sites.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "10. Using technology to modernise health", "level": 3},
        },
        {
            "type": "rich_text",
            "value": (
                "<p>Our Local Digital Roadmap vision is that by 2020 ‘patients and citizens, "
                "health and social care staff have access to quality, timely and accurate "
                "information regardless of place or time to enable improved decision making "
                "and ultimately better outcomes for both the individual and the "
                "community’.</p>"
                "<p>We will work on six themes:</p>"
                "<ol>"
                "<li>Sharing data and information, with consent, so staff can see one record "
                "for each patient.</li>"
                "<li>Health apps for older people and people with long-term conditions.</li>"
                "<li>Telehealth and remote monitoring, so patients can be checked at home.</li>"
                "<li>Linking computer systems, including a patient portal where you can see "
                "your records and arrange appointments.</li>"
                "<li>Real-time information about how services are running.</li>"
                "<li>Health analytics: using data to understand how to improve care.</li>"
                "</ol>"
            ),
        },
    ],
    "children": [],
}

_PRIORITIES_PAGE = {
    "slug": "priorities",
    "title": "Our four priorities for change",
    "intro": ("We talked with staff, patients, carers and partners. Together we agreed four priorities for change."),
    "body": [
        {"type": "heading", "value": {"text": "1. At home is best", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>We want to give truly joined-up health and social care. We want more care "
                "to happen close to home, including help to look after yourself and care in "
                "the community. This means fewer emergency stays in hospital.</p>"
                "<p>We started a contract for older people’s services because more people here "
                "need emergency hospital care than in similar areas, and too many older "
                "people had care that was not joined up. The contract did not last. But we "
                "still believe in its main ideas:</p>"
                "<ul>"
                "<li>building ‘social capital’: the strength of local communities</li>"
                "<li>neighbourhood teams that work around groups of GP practices</li>"
                "<li>a quick response in the community when someone becomes more unwell</li>"
                "</ul>"
                "<p>Our plan builds on these ideas. It covers people of all ages and includes "
                "GP services and social care.</p>"
                "<p>Points in the 10-point plan: 1. People powered health and wellbeing; "
                "2. Neighbourhood care hubs.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "2. Safe and effective hospital care, when needed", "level": 2},
        },
        {
            "type": "rich_text",
            "value": (
                "<p>Two thirds of our acute hospitals are under severe pressure, and one of our "
                "acute trusts is in special measures. Our population is growing and our "
                "staff are already under pressure.</p>"
                "<p>Our answer is ‘care networks’. Where possible and right, we move knowledge "
                "and expert advice rather than moving patients. Hospital clinicians will share "
                "rules for referrals and treatment, share out-of-hours rotas and offer staff "
                "better careers.</p>"
                "<p>Points in the 10-point plan: 3. Responsive urgent and expert emergency "
                "care; 4. Systematic and standardised care; 5. Continued world-famous research "
                "and services.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "3. We’re only sustainable together", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>None of our organisations can keep going on its own. Our money challenge "
                "is too big. We need to work together in a way we have never done before.</p>"
                "<p>We can save money by sharing back-office work and clinical support "
                "services, and by doing things once instead of many times.</p>"
                "<p>Point in the 10-point plan: 6. Partnership working.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "4. Supported delivery", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>Four ‘enablers’ support all of our work:</p>"
                "<ul>"
                "<li>a culture of learning as a system</li>"
                "<li>workforce: growing our own</li>"
                "<li>using our land and buildings better</li>"
                "<li>using technology to modernise health</li>"
                "</ul>"
                "<p>Some of these changes cut costs every year. Others free up money once, "
                "which we can put back into new ways of caring.</p>"
                "<p>Points in the 10-point plan: 7 to 10.</p>"
            ),
        },
        {
            "type": "inset",
            "value": {
                "body": (
                    "<p>Read what each point means on our "
                    '<a href="/our-plan/ten-point-plan/">10-point plan</a> page. The '
                    "priorities and the 10-point plan were set out again in the update to the "
                    "Health Scrutiny Committee in November 2017.</p>"
                )
            },
        },
    ],
    "children": [],
}

_WORKSTREAMS_PAGE = {
    "slug": "workstreams",
    "title": "Workstreams and delivery groups",
    "intro": (
        "Groups of clinicians, staff, patients and partners each work on one area of care. "
        "Here is how the work is organised."
    ),
    "body": [
        {"type": "heading", "value": {"text": "Our workstreams", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>The System Transformation Team works on these areas:</p>"
                "<ul>"
                "<li>System Design, which includes planned (elective) and unplanned "
                "(non-elective) care</li>"
                "<li>Children and maternity</li>"
                "<li>Mental health</li>"
                "<li>Older people and vulnerable adults</li>"
                "<li>Primary care (such as GP services)</li>"
                "</ul>"
                "<p>Prevention (stopping people becoming ill) is part of the work of every "
                "workstream.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Clinical Working Groups", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>While the plan was being designed, more than 200 clinicians and patients "
                "sat on Clinical Working Groups, with voluntary organisations and councils. "
                "They worked out the proposed solutions.</p>"
                "<p>They were asked to think like patients, not like their own organisation. "
                "They followed a set of design principles and criteria that the public helped "
                'to shape. <a href="/our-plan/how-we-judge-options/">See how we judge '
                "options</a>.</p>"
                "<p>The groups had patient representatives. Representatives from Healthwatch "
                "Cambridgeshire and Healthwatch Peterborough also took part. The Clinical "
                "Advisory Group, which looked at all their ideas, also had a patient "
                "representative.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "How the work is organised from 1 November 2016", "level": 2},
        },
        {
            "type": "rich_text",
            "value": (
                "<p>From 1 November 2016 the work moved from designing to delivering. A "
                "Health and Care Executive (HCE), with an independent chair, oversees "
                "it. These groups report to it.</p>"
            ),
        },
        {
            "type": "table",
            "value": {
                "caption": "Groups that deliver the plan, from 1 November 2016",
                "header": ["Group", "How many", "What it does"],
                "rows": [
                    [
                        "Delivery Groups",
                        "8",
                        "Urgent and emergency care; planned (elective) care; primary care and "
                        "integrated neighbourhoods; women and children; workforce and "
                        "organisational development; digital; shared services; system delivery. "
                        "They design and deliver projects across the whole area.",
                    ],
                    [
                        "Strategy Groups",
                        "3",
                        "Sustainable General Practice, Mental Health, and Ageing Well. They "
                        "steer projects that cross several delivery groups.",
                    ],
                    [
                        "Area Executive Boards",
                        "3",
                        "Greater Peterborough; Huntingdon and the Fens; Cambridge and Ely. They "
                        "make sure shared projects fit each local area.",
                    ],
                    [
                        "A&E Delivery Boards",
                        "3",
                        "They carry out the national duties of A&E Delivery Boards.",
                    ],
                    [
                        "Care Advisory Group",
                        "1",
                        "Was the Clinical Advisory Group. It reviews new ways of giving care "
                        "and looks out for new ideas.",
                    ],
                    [
                        "Financial Performance and Planning Group",
                        "1",
                        "The finance directors. They check savings and investment plans and track savings.",
                    ],
                ],
            },
        },
        {
            "type": "rich_text",
            "value": (
                "<p>Each improvement area has a named Accountable Officer, who is a member of "
                "the HCE. It also has a clinical lead, a finance lead, a human resources (HR) "
                "lead and a communications lead.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Delivery groups in 2017", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>By November 2017 the programme had six Delivery Groups at its core. Each "
                "one answers to Accountable Officers, who are chief executives from across "
                "health and social care. The groups cover clinical services, workforce and "
                "support services. Members include clinicians from across the system and "
                "patient and public representatives.</p>"
                "<p>Each Delivery Group has set up Improvement Project Groups for specific "
                "pieces of work. These also include clinicians and patient and public "
                "representatives.</p>"
                "<p>In 2017/18 most work went through two groups:</p>"
                "<ul>"
                "<li>the Urgent and Emergency Care Delivery Group</li>"
                "<li>the Primary Care and Integrated Neighbourhoods Delivery Group</li>"
                "</ul>"
                '<p><a href="/our-plan/delivery-progress/">See what they have done so '
                "far</a>.</p>"
            ),
        },
        {
            "type": "details",
            "value": {
                "summary": "Other workstream names you may see",
                "body": (
                    "<p>Some meetings used other names for parts of the work. For example, "
                    "the planned hospital care workstream showed its proposed ‘elective care’ "
                    "pathway to the CATCH Patient Forum. A Healthwatch Peterborough focus "
                    "group gave feedback on the Proactive Care and Prevention "
                    "workstream.</p>"
                ),
            },
        },
    ],
    "children": [],
}

_PARTNERS_PAGE = {
    "slug": "partners",
    "title": "Our partners",
    "intro": (
        "Fit for the Future is a partnership of local NHS organisations and councils. They "
        "work with GPs, Healthwatch, patients and the public."
    ),
    "body": [
        {"type": "heading", "value": {"text": "NHS organisations", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>The programme team is hosted by Cambridgeshire and Peterborough Clinical "
                "Commissioning Group (CCG). It is a programme across the whole system. These "
                "NHS organisations signed the plan.</p>"
            ),
        },
        {
            "type": "table",
            "value": {
                "caption": "NHS organisations that signed the plan",
                "header": ["Organisation", "Short name", "What the plan says about it"],
                "rows": [
                    [
                        "Cambridgeshire and Peterborough Clinical Commissioning Group",
                        "CCG",
                        "Hosts the programme team. It is the NHS commissioner, which plans and "
                        "pays for local NHS services.",
                    ],
                    [
                        "Cambridge University Hospitals NHS Foundation Trust",
                        "CUHFT",
                        "One of our two world-famous hospitals. It keeps a Specialist Emergency Centre.",
                    ],
                    [
                        "Peterborough and Stamford Hospitals NHS Foundation Trust",
                        "PSHFT",
                        "Keeps an Emergency Centre. Planned to merge with Hinchingbrooke.",
                    ],
                    [
                        "Hinchingbrooke Health Care NHS Trust",
                        "HHCT",
                        "Keeps its A&E. Planned to merge with Peterborough and Stamford Hospitals.",
                    ],
                    [
                        "Papworth Hospital NHS Foundation Trust",
                        "Papworth FT or PFT",
                        "Specialist heart and lung care. Preparing to move to the Cambridge Biomedical Campus in 2018.",
                    ],
                    [
                        "Cambridgeshire and Peterborough NHS Foundation Trust",
                        "CPFT",
                        "Has its own clinical research facility and takes part in health "
                        "research for the East of England.",
                    ],
                    [
                        "Cambridgeshire Community Services NHS Trust",
                        "CCS",
                        "Develops research in sexual health, HIV care and children and young people’s services.",
                    ],
                ],
            },
        },
        {
            "type": "rich_text",
            "value": (
                "<p>Representatives from local GP practices and the East of England Ambulance "
                "Service NHS Trust (EEAST) also helped develop the solutions. They are key "
                "partners in making the changes happen.</p>"
                "<p>The plan said Hinchingbrooke and Peterborough and Stamford Hospitals would "
                "become one trust with three hospitals. The November 2017 update to councillors "
                "names North West Anglia Foundation Trust among our hospital trusts.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Councils", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>Cambridgeshire County Council and Peterborough City Council take part "
                "through their officers. They want their public health and social care "
                "services to work with NHS services in a joined-up way.</p>"
                "<p>The councils make their own decisions about policy and money. As elected "
                "representatives of their communities, councillors must also scrutinise "
                "(check and question) proposals to change NHS services, and must keep that "
                "work independent.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Healthwatch", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>Healthwatch Cambridgeshire and Healthwatch Peterborough have been closely "
                "involved:</p>"
                "<ul>"
                "<li>their representatives took part in the Clinical Working Groups and "
                "workshops</li>"
                "<li>they were members of the Clinical Advisory Group</li>"
                "<li>their views helped set the weights of the criteria we use to judge "
                "options</li>"
                "<li>we are working with Healthwatch Cambridgeshire to support patient "
                "representatives to take part in working groups</li>"
                "</ul>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Our promise to work together", "level": 2},
        },
        {
            "type": "rich_text",
            "value": (
                "<p>Our leaders signed a Memorandum of Understanding (MOU). It is a written "
                "agreement about how we work together. It was signed by the CCG, Cambridge "
                "University Hospitals, Peterborough and Stamford Hospitals, Cambridgeshire "
                "Community Services, Hinchingbrooke and Papworth. Peterborough City Council "
                "and Cambridgeshire County Council signed its first annex.</p>"
                "<p>In the MOU we promise to:</p>"
                "<ul>"
                "<li>work together and not undermine each other</li>"
                "<li>behave well, especially when things go wrong</li>"
                "<li>talk honestly and openly</li>"
                "<li>keep our promises, small and large</li>"
                "<li>see success as something we share</li>"
                "<li>stick to decisions once they are made</li>"
                "</ul>"
                "<p>We expect others to join in future, such as the ambulance service, GP "
                "federations, practices and voluntary organisations.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Who leads the work", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>In 2016 the Health and Care Executive (HCE) led the work. Its members were "
                "the CCG’s Chief Officer, the chief executives of the provider trusts, the "
                "chair of the Care Advisory Group, the GP Chair of the Sustainable Primary "
                "Care Strategy Group, and the Joint Chief Executive and Director of Public "
                "Health for the two councils. An independent chair oversees the HCE. When "
                "the plan was published, David Astley was the Independent Chair of the "
                "Sustainability and Transformation Programme.</p>"
                "<p>By November 2017 an STP Board had been set up. It aims to improve "
                "accountability to partner organisations and shared ownership of decisions. "
                "In November 2017, Tracy Dowling was the Accountable "
                "Officer for the STP and Catherine Pollard was the Executive Programme "
                "Director.</p>"
            ),
        },
        {
            "type": "table",
            "value": {
                "caption": "Members of the STP Board, November 2017",
                "header": ["Member"],
                "rows": [
                    ["Chair: Independent Chair"],
                    ["Clinical Chair and Accountable Officer of the CCG"],
                    ["Chairs and Chief Executives of all partner NHS organisations"],
                    ["Local Authority Representation"],
                    ["STP Executive Programme Director"],
                    ["STP Care Advisory Group Chair"],
                ],
            },
        },
        {
            "type": "details",
            "value": {
                "summary": "How the partnership began",
                "body": (
                    "<p>Health and care organisations here began working more closely together "
                    "after NHS England, Monitor and the NHS Trust Development Authority named "
                    "the area as one of 11 ‘challenged health economies’.</p>"
                    "<p>They set up a joint ‘system transformation board’, chaired by the "
                    "CCG’s chief clinical officer, Neil Modha. It included chief executives of "
                    "the provider organisations, the directors of adult social care for "
                    "Cambridgeshire County Council and Peterborough City Council, and "
                    "representatives of Healthwatch Cambridgeshire and Healthwatch "
                    "Peterborough. It worked under the principle of “one system, one "
                    "budget”.</p>"
                ),
            },
        },
    ],
    "children": [],
}

_PHASES_PAGE = {
    "slug": "phases",
    "title": "The four phases of the programme",
    "intro": "The System Transformation Programme has four phases.",
    "body": [
        {"type": "heading", "value": {"text": "The four phases", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<ol>"
                "<li><strong>Agree Framework and Baseline</strong></li>"
                "<li><strong>Design and Propose</strong>: working with stakeholders to develop "
                "ideas about what could change. This is followed by a period of engagement "
                "with stakeholders and the public.</li>"
                "<li><strong>Change and Construct</strong></li>"
                "<li><strong>Implementation</strong>: 2017-18 and 2018-19</li>"
                "</ol>"
            ),
        },
        {
            "type": "inset",
            "value": {
                "body": (
                    "<p>When the System Transformation Team described the programme, partners "
                    "were in the ‘Design and Propose’ phase. At that stage they were developing "
                    "ideas only about what could change.</p>"
                )
            },
        },
        {"type": "heading", "value": {"text": "From design to delivery", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>The design phase ran until 1 November 2016. From that date a new way of "
                "running the programme began, to deliver the plan. A new System Delivery Unit "
                "(SDU) started work on the same day.</p>"
                "<p>In early 2017 we moved from the planning phase to the delivery phase of "
                "the plan.</p>"
            ),
        },
        {
            "type": "table",
            "value": {
                "caption": "Key dates from the source documents",
                "header": ["When", "What happened"],
                "rows": [
                    ["June and July 2015", "Saturday Cafes in five towns"],
                    ["July 2015", "Public Involvement Assemblies in five places (80 people)"],
                    ["August 2015", "Clinical roadshow: 141 people spoken to"],
                    [
                        "March 2016",
                        "Evidence for Change published; Public Involvement Assemblies in "
                        "Cambridge, Ely, Huntingdon, Peterborough and Wisbech (around 90 people)",
                    ],
                    ["April 2016", "Monthly online newsletter started"],
                    [
                        "July 2016",
                        "Draft plan summary published: ‘How health and care services in "
                        "Cambridgeshire and Peterborough are changing’",
                    ],
                    [
                        "August and September 2016",
                        "Public meetings on minor injury services (about 650 people)",
                    ],
                    [
                        "End of September 2016",
                        "Boards of Peterborough and Stamford Hospitals and Hinchingbrooke "
                        "approve the full business case to merge",
                    ],
                    [
                        "October 2016",
                        "New integrated urgent care service, with NHS 111, in operation",
                    ],
                    ["1 November 2016", "Delivery phase begins; System Delivery Unit launched"],
                    ["Early 2017", "Move from planning to delivery"],
                    ["1 April 2017", "Planned date for the hospital trusts’ merger"],
                    ["Summer 2017", "Planned ‘stage 2’ review by the Clinical Senate"],
                    ["6 November 2017", "Update report to the Health Scrutiny Committee"],
                ],
            },
        },
    ],
    "children": [],
}

# Appendix 4 of the STP: weighted evaluation criteria, copied exactly as in the seed.
# (In the seed the Deliverability sub-criteria weights add up to 99.1 and the Affordability
# total scores to 25.1, although both subtotals are printed as 100.0 and 25.0.)
EVALUATION_CRITERIA = [
    {
        "criterion": "Quality",
        "weight": 30.0,
        "sub_criteria": [
            {
                "name": ("Alignment to national best practice guidelines including clinical standards"),
                "weight": 19.1,
                "total": 5.7,
            },
            {
                "name": "Impact on patient safety and population health outcomes",
                "weight": 26.2,
                "total": 7.9,
            },
            {"name": "Impact on patient experience", "weight": 18.7, "total": 5.6},
            {"name": "Impact on health inequalities", "weight": 21.3, "total": 6.4},
            {
                "name": "Impact on patients’ ability to access services (journey times)",
                "weight": 14.7,
                "total": 4.4,
            },
        ],
    },
    {
        "criterion": "Affordability",
        "weight": 25.0,
        "sub_criteria": [
            {
                "name": "Options deliver a sustainable income and expenditure position",
                "weight": 69.8,
                "total": 17.5,
            },
            {
                "name": "Transition costs including capital expenditure",
                "weight": 30.2,
                "total": 7.6,
            },
        ],
    },
    {
        "criterion": "Sustainability",
        "weight": 22.4,
        "sub_criteria": [
            {
                "name": ("Ability to recruit and retain sufficient staff with appropriate skills and expertise"),
                "weight": 54.5,
                "total": 12.2,
            },
            {
                "name": "Extent to which the model meets future demand for service provision",
                "weight": 45.5,
                "total": 10.2,
            },
        ],
    },
    {
        "criterion": "Deliverability",
        "weight": 22.6,
        "sub_criteria": [
            {"name": "Stakeholder support", "weight": 38.2, "total": 8.6},
            {"name": "Ease and speed of implementation", "weight": 32.2, "total": 7.5},
            {
                "name": "Alignment to local and/or national policies or strategies",
                "weight": 28.7,
                "total": 6.5,
            },
        ],
    },
]

_SUB_CRITERIA_HEADER = [
    "Sub-criterion",
    "Share of this criterion (%)",
    "Share of the total score (%)",
]

_HOW_WE_JUDGE_PAGE = {
    "slug": "how-we-judge-options",
    "title": "How we judge options",
    "intro": (
        "When we look at different ways to change a service, we score each option against "
        "four criteria. Each criterion has a weight. The public helped to shape them."
    ),
    "body": [
        {"type": "heading", "value": {"text": "How options are scored", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<ol>"
                "<li>The Clinical Working Groups discussed all the workable options for their "
                "area of care. They gave each option a first score against the criteria. "
                "This gave a long list of options.</li>"
                "<li>The Clinical Advisory Group (CAG) looked at the long list to find where "
                "ideas from different groups affect each other.</li>"
                "<li>The working groups scored each option again, with more analysis and "
                "against the more detailed sub-criteria.</li>"
                "<li>The CAG looked at how options fit together and recommended the best mix "
                "of services to the Health and Care Executive (HCE).</li>"
                "<li>In every case, more discussion and work with the Clinical Senate had to "
                "follow.</li>"
                "</ol>"
                "<p>The CAG and the HCE agreed the criteria. The weights took into account the "
                "views of the CAG, the Finance Directors Forum, Healthwatch Cambridgeshire and "
                "Healthwatch Peterborough. In March 2016, people at our Public Involvement "
                "Assemblies gave feedback on the criteria and the design principles.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "The four criteria", "level": 2}},
        {
            "type": "table",
            "value": {
                "caption": "Evaluation criteria and their weights",
                "header": ["Criterion", "Weight (%)"],
                "rows": [
                    ["Quality", "30.0"],
                    ["Affordability", "25.0"],
                    ["Sustainability", "22.4"],
                    ["Deliverability", "22.6"],
                    ["Total", "100.0"],
                ],
            },
        },
        {
            "type": "chart",
            "value": {
                "title": "How much each criterion counts",
                "description": (
                    "Weights of the four evaluation criteria, out of 100: Quality 30, "
                    "Affordability 25, Sustainability 22.4, Deliverability 22.6."
                ),
                "unit": "%",
                "rows": [
                    {"label": "Quality", "value": 30.0},
                    {"label": "Affordability", "value": 25.0},
                    {"label": "Sustainability", "value": 22.4},
                    {"label": "Deliverability", "value": 22.6},
                ],
            },
        },
        {
            "type": "rich_text",
            "value": (
                "<ul>"
                "<li><strong>Quality</strong> asks: is care safe and good? Does it follow "
                "national best practice? Is it fair to everyone? How far do patients have to "
                "travel?</li>"
                "<li><strong>Affordability</strong> asks: can we pay for it year after year? "
                "What does it cost to make the change, including buildings and "
                "equipment?</li>"
                "<li><strong>Sustainability</strong> asks: can we recruit and keep enough "
                "skilled staff? Will it meet future demand?</li>"
                "<li><strong>Deliverability</strong> asks: do people support it? How easy and "
                "quick is it to do? Does it fit local and national plans?</li>"
                "</ul>"
            ),
        },
        {"type": "heading", "value": {"text": "The sub-criteria", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>Each criterion is split into sub-criteria. The first column of figures "
                "shows each sub-criterion’s share of its criterion. The second column shows "
                "its share of the total score: the criterion weight multiplied by the "
                "sub-criterion weight.</p>"
                "<p>The figures are copied exactly from the plan, so a few columns do not add "
                "up exactly.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Quality (30%)", "level": 3}},
        {
            "type": "table",
            "value": {
                "caption": "Quality sub-criteria",
                "header": _SUB_CRITERIA_HEADER,
                "rows": [
                    [
                        "Alignment to national best practice guidelines including clinical standards",
                        "19.1",
                        "5.7",
                    ],
                    [
                        "Impact on patient safety and population health outcomes",
                        "26.2",
                        "7.9",
                    ],
                    ["Impact on patient experience", "18.7", "5.6"],
                    ["Impact on health inequalities", "21.3", "6.4"],
                    [
                        "Impact on patients’ ability to access services (journey times)",
                        "14.7",
                        "4.4",
                    ],
                    ["Subtotal", "100.0", "30.0"],
                ],
            },
        },
        {"type": "heading", "value": {"text": "Affordability (25%)", "level": 3}},
        {
            "type": "table",
            "value": {
                "caption": "Affordability sub-criteria",
                "header": _SUB_CRITERIA_HEADER,
                "rows": [
                    [
                        "Options deliver a sustainable income and expenditure position",
                        "69.8",
                        "17.5",
                    ],
                    ["Transition costs including capital expenditure", "30.2", "7.6"],
                    ["Subtotal", "100.0", "25.0"],
                ],
            },
        },
        {"type": "heading", "value": {"text": "Sustainability (22.4%)", "level": 3}},
        {
            "type": "table",
            "value": {
                "caption": "Sustainability sub-criteria",
                "header": _SUB_CRITERIA_HEADER,
                "rows": [
                    [
                        "Ability to recruit and retain sufficient staff with appropriate skills and expertise",
                        "54.5",
                        "12.2",
                    ],
                    [
                        "Extent to which the model meets future demand for service provision",
                        "45.5",
                        "10.2",
                    ],
                    ["Subtotal", "100.0", "22.4"],
                ],
            },
        },
        {"type": "heading", "value": {"text": "Deliverability (22.6%)", "level": 3}},
        {
            "type": "table",
            "value": {
                "caption": "Deliverability sub-criteria",
                "header": _SUB_CRITERIA_HEADER,
                "rows": [
                    ["Stakeholder support", "38.2", "8.6"],
                    ["Ease and speed of implementation", "32.2", "7.5"],
                    [
                        "Alignment to local and/or national policies or strategies",
                        "28.7",
                        "6.5",
                    ],
                    ["Subtotal", "100.0", "22.6"],
                ],
            },
        },
        {
            "type": "chart",
            "value": {
                "title": "Share of the total score for each sub-criterion",
                "description": (
                    "Each sub-criterion’s share of the total score, in per cent. The largest "
                    "are: sustainable income and expenditure 17.5, recruiting and keeping "
                    "staff 12.2, meeting future demand 10.2. The smallest is journey times "
                    "4.4."
                ),
                "unit": "%",
                "rows": [
                    {"label": "Quality: national best practice", "value": 5.7},
                    {"label": "Quality: patient safety and health outcomes", "value": 7.9},
                    {"label": "Quality: patient experience", "value": 5.6},
                    {"label": "Quality: health inequalities", "value": 6.4},
                    {"label": "Quality: access to services (journey times)", "value": 4.4},
                    {"label": "Affordability: sustainable income and expenditure", "value": 17.5},
                    {"label": "Affordability: transition costs", "value": 7.6},
                    {"label": "Sustainability: recruiting and keeping staff", "value": 12.2},
                    {"label": "Sustainability: meeting future demand", "value": 10.2},
                    {"label": "Deliverability: stakeholder support", "value": 8.6},
                    {"label": "Deliverability: ease and speed", "value": 7.5},
                    {"label": "Deliverability: fit with policies", "value": 6.5},
                ],
            },
        },
        {"type": "heading", "value": {"text": "Our design principles", "level": 2}},
        {
            "type": "table",
            "value": {
                "caption": "Design principles the working groups followed",
                "header": ["Principle", "What it means"],
                "rows": [
                    [
                        "High quality care",
                        "Safe, effective care for everyone when they need it.",
                    ],
                    [
                        "Integrated care",
                        "A good experience for patients and carers. Health and social care "
                        "joined up around the whole person, with as little repetition as "
                        "possible. Patients, carers and, where right, voluntary groups fully "
                        "involved.",
                    ],
                    [
                        "Right care, right time, right place, right people",
                        "Care that fits each person’s needs and comes in good time. Care close "
                        "to home where possible. Some specialist services may need to be on "
                        "fewer sites to be safe and properly staffed.",
                    ],
                    [
                        "Minimise inequality",
                        "Better health for everyone and smaller gaps in health. No group of "
                        "patients should be unfairly harmed by a change.",
                    ],
                    [
                        "Maximising value for the public",
                        "Efficient care that lowers costs across the whole system, making the "
                        "best use of buildings and equipment we already have.",
                    ],
                ],
            },
        },
        {"type": "heading", "value": {"text": "Checking our proposals", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>Before we consult the public, we ask for independent checks. The Clinical "
                "Senate checks the model of care. NHS England (NHSE) checks the case for "
                "patients, clinical care, money and strategy.</p>"
                "<p>We have already shown these proposals to the East of England Clinical "
                "Senate for a ‘Stage 1 Review’:</p>"
                "<ul>"
                "<li>moving the Minor Illness and Injury Unit (MIIU) from Peterborough City "
                "Care Centre to the Peterborough and Stamford Hospitals site</li>"
                "<li>urgent care services in Wisbech, Ely and Doddington, including the future "
                "of the Minor Injury Units (MIUs)</li>"
                "<li>better stroke rehabilitation, and bringing stroke and neurology "
                "rehabilitation beds together in one place</li>"
                "<li>more community rehabilitation at home, and possibly using fewer community "
                "beds for rehabilitation</li>"
                "</ul>"
                "<p>The Clinical Senate approves of these proposals in principle. A ‘stage 2 "
                "review’ was planned for summer 2017. After that, the proposals go to NHS "
                "England and, where needed, to public consultation.</p>"
            ),
        },
    ],
    "children": [],
}

_MONEY_PAGE = {
    "slug": "the-money",
    "title": "The money",
    "intro": (
        "Our health system spends more money than it has. Here is the size of the challenge "
        "and how the plan aims to fix it."
    ),
    "body": [
        {"type": "heading", "value": {"text": "Where we are now", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>In 2015/16, Cambridgeshire and Peterborough had about £1.7 billion to "
                "spend on the NHS. Together, our organisations overspent by more than "
                "£160m. When you spend more than you have, it is called a deficit.</p>"
                "<p>Our organisations’ combined deficit was 11% of the money they take in. "
                "The CCG and our three general hospital trusts all face severe money "
                "problems.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "If we do nothing", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>By 2020/21 our income will grow to £2.05 billion. But if we do nothing, we "
                "expect the NHS here to overspend by £504m in that year. This figure includes "
                "the ambulance trust and specialist services.</p>"
                "<p>Cambridge University Hospitals carries more than a third of this (£225m of "
                "the £504m). The CCG’s expected deficit is £118m.</p>"
                "<p>Even if we kept making the savings we usually make each year, we would "
                "still overspend by £250m in 2021. So we need to do more.</p>"
            ),
        },
        {
            "type": "inset",
            "value": {
                "body": (
                    "<p>If everyone makes their planned savings and the whole plan is "
                    "delivered, the £504m deficit turns into a small NHS surplus of £1.3m by "
                    "2020/21. A surplus means spending a little less than we have.</p>"
                )
            },
        },
        {"type": "heading", "value": {"text": "The £543m challenge", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>When the plan was published, we explained the challenge over the next four "
                "years like this:</p>"
                "<ul>"
                "<li><strong>£250m</strong>: the deficit we forecast by 2020/21. We first said "
                "this in the plan summary in July 2016.</li>"
                "<li><strong>£250m</strong>: savings and efficiency plans that each trust and "
                "the CCG already need to deliver in the same period.</li>"
                "<li>Together this makes a challenge of <strong>£500m</strong>.</li>"
                "<li><strong>£43m</strong>: money we need to invest to improve services over "
                "these four years.</li>"
                "<li>This makes a total challenge of <strong>£543m</strong>.</li>"
                "</ul>"
            ),
        },
        {
            "type": "chart",
            "value": {
                "title": "How the £543m challenge adds up",
                "description": (
                    "Three parts of the £543m challenge, in millions of pounds: forecast "
                    "deficit £250m, planned savings by trusts and the CCG £250m, investment to "
                    "improve services £43m."
                ),
                "unit": "£ million",
                "rows": [
                    {"label": "Forecast deficit by 2020/21", "value": 250.0},
                    {"label": "Savings trusts and the CCG already plan", "value": 250.0},
                    {"label": "Investment to improve services", "value": 43.0},
                ],
            },
        },
        {
            "type": "details",
            "value": {
                "summary": "Why do different documents give different figures?",
                "body": (
                    "<p>The full plan counts the challenge in a slightly different way. It "
                    "adds the £504m ‘do nothing’ gap to £43.5m of extra investment we need by "
                    "2020/21 to meet national priorities. That gives a total pressure of "
                    "£547m.</p>"
                    "<p>The news release counted £250m of forecast deficit, plus £250m of "
                    "planned savings, plus £43m of investment. That gives £543m.</p>"
                    "<p>Earlier, the System Transformation Team said that if nothing was done, "
                    "the system would face a financial gap of at least £250m by 2018/19.</p>"
                ),
            },
        },
        {"type": "heading", "value": {"text": "How we plan to close the gap", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>We looked at every chance to save money. We compared ourselves with other "
                "areas and tested ideas with our clinical working groups. We found:</p>"
                "<ul>"
                "<li><strong>£175m</strong> from helping patients move through hospital "
                "better, doing things more consistently, and giving more care outside "
                "hospital</li>"
                "<li><strong>£190m</strong> from lower running costs and clinical support "
                "costs, for example by sharing back-office work and, where it helps, "
                "merging organisations</li>"
                "<li><strong>£56m</strong> from other areas, such as earning more income and "
                "paying less to repay debts</li>"
                "</ul>"
                "<p>In total we have found £548m of savings opportunities to close the NHS "
                "deficit by 2020/21.</p>"
                "<p>Closing or largely rebuilding any of our main hospitals is not part of "
                "our five-year plan. The only exception is Papworth Hospital’s move to the "
                "Cambridge Biomedical Campus, which was already planned. We need to cope "
                "with a growing population without building new hospital capacity.</p>"
            ),
        },
        {
            "type": "chart",
            "value": {
                "title": "Main groups of savings",
                "description": (
                    "Savings opportunities in millions of pounds: better patient flow and care "
                    "outside hospital £175m; lower running and support costs £190m; other "
                    "areas £56m."
                ),
                "unit": "£ million",
                "rows": [
                    {"label": "Patient flow and care outside hospital", "value": 175.0},
                    {"label": "Running costs and clinical support services", "value": 190.0},
                    {"label": "Income and cost of debt", "value": 56.0},
                ],
            },
        },
        {
            "type": "rich_text",
            "value": (
                "<p>Over five years, this should mean:</p>"
                "<ul>"
                "<li>about the same number of hospital inpatient stays as now</li>"
                "<li>8% fewer hospital outpatient appointments</li>"
                "<li>about 50,000 fewer days spent in hospital beds</li>"
                "<li>hospital beds up to 5% less full, which helps patients move through "
                "hospital safely</li>"
                "</ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Savings in the first two years", "level": 2}},
        {
            "type": "table",
            "value": {
                "caption": "Examples of savings opportunities over the next two years",
                "header": ["What we will do", "Saving"],
                "rows": [
                    ["First phase of prevention strategy", "£9.6m"],
                    ["Joining up social care work (social care functional integration)", "£1.3m"],
                    [
                        "Fewer delayed transfers of care (people staying in hospital when they are ready to leave)",
                        "£14.3m",
                    ],
                    [
                        "Common pathways (frailty, stroke, ophthalmology (eyes), ear, nose and "
                        "throat (ENT), cardiology (heart), and orthopaedics (bones and joints))",
                        "£5.3m",
                    ],
                    ["Consistent urgent and emergency care in right place", "£27.2m"],
                    ["Buying things together (collective procurement)", "£18.8m"],
                    ["A pathology (laboratory test) hub", "£7.5m"],
                    [
                        "Merger of Peterborough and Stamford Hospitals (PSHFT) and Hinchingbrooke (HHCT)",
                        "£6.4m",
                    ],
                    ["Single plan for estates (land and buildings) and workforce", "£29.6m"],
                    [
                        "Improved workforce recruitment, retention, and staff satisfaction "
                        "(developing a productive and healthy workforce)",
                        "£5.5m",
                    ],
                ],
            },
        },
        {
            "type": "chart",
            "value": {
                "title": "Savings opportunities over the next two years",
                "description": (
                    "Examples of savings in millions of pounds. The largest are a single plan "
                    "for estates and workforce (£29.6m) and consistent urgent and emergency "
                    "care in the right place (£27.2m). The smallest is social care functional "
                    "integration (£1.3m)."
                ),
                "unit": "£ million",
                "rows": [
                    {"label": "Prevention strategy, first phase", "value": 9.6},
                    {"label": "Social care functional integration", "value": 1.3},
                    {"label": "Fewer delayed transfers of care", "value": 14.3},
                    {"label": "Common pathways", "value": 5.3},
                    {"label": "Urgent and emergency care in the right place", "value": 27.2},
                    {"label": "Buying together (procurement)", "value": 18.8},
                    {"label": "Pathology hub", "value": 7.5},
                    {"label": "Merger of two hospital trusts", "value": 6.4},
                    {"label": "Single plan for estates and workforce", "value": 29.6},
                    {"label": "Recruiting and keeping staff", "value": 5.5},
                ],
            },
        },
        {"type": "heading", "value": {"text": "Money we will invest", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>By 2020/21 we need to invest £43.5m more than we do now. "
                "Almost all of this is for national priorities. Our local priorities are "
                "about more capacity in GP and community services. This table shows the "
                "total planned investment from 2017/18 to 2020/21.</p>"
            ),
        },
        {
            "type": "table",
            "value": {
                "caption": "Planned investment, 2017/18 to 2020/21 (£ million)",
                "header": ["Investment area", "Total (£m)"],
                "rows": [
                    ["Seven day services", "£37.7"],
                    ["GP Forward View", "£37.9"],
                    ["CAMHS and Eating Disorders", "£3.6"],
                    ["Mental Health Taskforce", "£21.3"],
                    ["Cancer Taskforce", "£4.2"],
                    ["National Maternity Review", "n/a"],
                    ["Prevention", "£20.8"],
                    ["Local Digital Roadmap", "£32.7"],
                    ["Local Priority: Quality Improvement Capability Building", "£1.5"],
                    ["Local Priority: Elective transformation", "£1.6"],
                ],
            },
        },
        {
            "type": "chart",
            "value": {
                "title": "Planned investment by area, 2017/18 to 2020/21",
                "description": (
                    "Planned investment in millions of pounds. The largest areas are the GP "
                    "Forward View (£37.9m), seven day services (£37.7m) and the Local Digital "
                    "Roadmap (£32.7m). No figure is given for the National Maternity Review."
                ),
                "unit": "£ million",
                "rows": [
                    {"label": "Seven day services", "value": 37.7},
                    {"label": "GP Forward View", "value": 37.9},
                    {
                        "label": "Children’s mental health (CAMHS) and eating disorders",
                        "value": 3.6,
                    },
                    {"label": "Mental Health Taskforce", "value": 21.3},
                    {"label": "Cancer Taskforce", "value": 4.2},
                    {"label": "Prevention", "value": 20.8},
                    {"label": "Local Digital Roadmap", "value": 32.7},
                    {"label": "Quality improvement skills (local)", "value": 1.5},
                    {"label": "Planned (elective) care changes (local)", "value": 1.6},
                ],
            },
        },
        {
            "type": "details",
            "value": {
                "summary": "Help we need from national bodies",
                "body": (
                    "<p>Some of our deficit comes from things we cannot easily change. Two "
                    "hospital trusts have expensive Private Finance Initiative (PFI) deals. "
                    "Cambridge University Hospitals’ ‘e-hospital’ computer system costs more "
                    "than three times as much as simpler systems. For many years our area has "
                    "also had less funding than it needed. We worked out that we need £72.4m "
                    "of funding from outside to cover these.</p>"
                    "<p>We also need £32.7m, paid once, to carry out our Local Digital "
                    "Roadmap.</p>"
                    "<p>For 2017/18 there was a £48m difference between our expected position "
                    "and the target (control total) set for us. About £30m of this was on the "
                    "hospital side and about £18m was the CCG’s gap.</p>"
                ),
            },
        },
        {
            "type": "details",
            "value": {
                "summary": "Spending on buildings and equipment",
                "body": (
                    "<p>We would like to spend about £800m on buildings and equipment (capital) "
                    "up to 2021. Almost all of this is for day-to-day needs, such as building "
                    "the new Papworth Hospital on the Cambridge Biomedical Campus and joining "
                    "up GP and community care buildings.</p>"
                ),
            },
        },
        {
            "type": "details",
            "value": {
                "summary": "What running the programme costs",
                "body": (
                    "<p>A System Delivery Unit (SDU) was launched on 1 November 2016 to make "
                    "sure the plan is delivered. The team, including the independent chair, "
                    "costs £1.94m. All partner organisations pay towards it, with money and by "
                    "lending staff.</p>"
                    "<p>Earlier, the partners set up a £1m ‘transformation fund’, which all of "
                    "them paid into.</p>"
                ),
            },
        },
    ],
    "children": [],
}

# Annex 2 of the November 2017 scrutiny update (004): strategic risks, scores as in the seed.
STP_RISKS = [
    {
        "ref": "R-06",
        "summary": (
            "Our money position could get worse. Then we might not get extra money, such as sustainability funds."
        ),
        "description": (
            "There is a risk that deterioration of our core financial position may lead to "
            "failure to access additional monies such as sustainability funds."
        ),
        "score": 20,
        "actions": (
            "CCG Financial turnaround plan aligned to STP delivery plan. CUHFT and NWAngliaFT "
            "financial recovery plans and operational Plan assumptions aligned to STP. "
            "Delivery of QIPP and CIP."
        ),
        "post_score": 16,
    },
    {
        "ref": "R-08",
        "summary": ("If we do not involve patients, the public and others well, people may not support the changes."),
        "description": (
            "There is a risk that, if we do not effectively engage with patients, members of "
            "the public and other stakeholders, STP implementation may be compromised due to "
            "lack of support."
        ),
        "score": 20,
        "actions": (
            "Communication & Engagement Strategy in place and to be routinely refreshed. "
            "Training & guidance in how to effectively engagement with stakeholders provided "
            "to all STP staff and clinicians. Active patient involvement in STP Delivery "
            "Groups and Improvement Areas. Routine stakeholder communication via, for "
            "example, STP Website, newsletter, social media and proposed Stakeholder Group."
        ),
        "post_score": 12,
    },
    {
        "ref": "R-15",
        "summary": (
            "Clinicians may not take part if they think their conclusions and agreed models "
            "of care will not be put into practice."
        ),
        "description": (
            "There is a risk that Clinicians will not engage with STP implementation if they "
            "believe that clinical conclusions and agreed care models will not be "
            "implemented."
        ),
        "score": 20,
        "actions": (
            "Clinical Engagement Strategy that 1) establishes Strategic Clinical Networks to "
            "lead clinical planning and proposed care models in areas such as Cardiovascular "
            "and Stroke 2) ensures clinical leaders are in place for every significant "
            "implementation area 3) puts in place Evaluation Task & Finish Groups and 4) "
            "strengthens, in collaboration with communication colleagues, engagement with "
            "specific clinical groups e.g. GPs."
        ),
        "post_score": 12,
    },
    {
        "ref": "R-16",
        "summary": ("MPs, councillors and other elected representatives may not support the proposed solutions."),
        "description": (
            "There is a risk that proposed solutions are not supported by MPs, councillors and "
            "other elected representatives."
        ),
        "score": 25,
        "actions": (
            "Engagement with councillors via Health Committee, Health & Wellbeing Board and "
            "processes, specific meetings and fora to ensure two-way dialogue that informs "
            "elected representatives of the case for change and ensures that there is an "
            "opportunity for councillors to influence solutions. Routine meetings with MPs, "
            "individually and collectively, to brief on issues."
        ),
        "post_score": 20,
    },
    {
        "ref": "R-17",
        "summary": ("GP practices may not be involved in leadership discussions across the whole system."),
        "description": (
            "There is risk that Primary Care as providers are not engaged or included in "
            "system wide leadership conversations."
        ),
        "score": 25,
        "actions": (
            "Sustainable General Practice strategy group to provide assurance over "
            "implementation of GP Forward View. CCG investment in GP time to support GPs to "
            "be involved in redesign work. Communications Cell to devise system-wide GP "
            "engagement strategy."
        ),
        "post_score": 20,
    },
    {
        "ref": "R-20",
        "summary": ("Without staff dedicated to delivery, we may not find enough savings in 2017/18."),
        "description": (
            "There is a risk the system will not have the ability to capture sufficient "
            "savings opportunities in 2017/18 due to the lack of dedicated delivery "
            "resources."
        ),
        "score": 16,
        "actions": (
            "Prioritise where to focus effort and response for 2017/18. CCG have realigned "
            "staff to priority projects. Focussed oversight of delivery by SDU."
        ),
        "post_score": 12,
    },
    {
        "ref": "R-25",
        "summary": (
            "If partners talk to national bodies separately, we may have less influence and "
            "be less likely to get the changes we want."
        ),
        "description": (
            "There is a risk that negotiations with national bodies (Department of Health, "
            "Treasury) are un-coordinated among system partners, reducing negotiating "
            "leverage and likelihood of getting desired changes (e.g. to Market Forces "
            "Factor, for estates / infrastructure investment)"
        ),
        "score": 20,
        "actions": (
            "Application of MOU behaviours regarding sharing intelligence about strategic "
            "intent, via updates to HCE and/or FPPG. CEO commitment to speaking as a system, "
            "with one voice when negotiating with national bodies. HCE & CPSB meeting "
            "quarterly with shared agenda priorities agreed."
        ),
        "post_score": 16,
    },
    {
        "ref": "R-26",
        "summary": "If the programme is not well run, agreed actions may not happen.",
        "description": (
            "There is a risk that ineffective STP Governance may lead to failure to deliver on agreed actions."
        ),
        "score": 20,
        "actions": (
            "Revision of Governance Framework underway and seeks to strengthen accountability and decision making."
        ),
        "post_score": 16,
    },
    {
        "ref": "R-27",
        "summary": (
            "Teams and project leaders may not have enough time for STP projects as well as their day-to-day work."
        ),
        "description": (
            "There is a risk of delivery of STP wide projects due to capacity of teams and "
            "SROs alongside business as usual pressures."
        ),
        "score": 20,
        "actions": (
            "Accountable Officer to actively monitor delivery of STP objectives, seek to "
            "resolve any delivery issues and escalate unresolved issues to HCE."
        ),
        "post_score": 12,
    },
    {
        "ref": "R-29",
        "summary": ("National pressure for quick savings could harm our longer-term plans."),
        "description": (
            "There is a risk that competing pressures placed on the CCG and Providers from "
            "National Bodies to deliver short term turnaround could be at the detriment of "
            "longer turn sustainability and deliverability of the STP."
        ),
        "score": 20,
        "actions": (
            "HCE to monitor delivery of programme and to raise concerns honestly and openly in "
            "the HCE meetings in the first instance and escalate any unresolved issues to "
            "Bi-partite meeting with NHS England and NHS Improvement."
        ),
        "post_score": 12,
    },
    {
        "ref": "R-30",
        "summary": ("We may not get the outside funding we need, so the programme may not meet its aims."),
        "description": (
            "There is a risk that the system will be unable to secure external funding "
            "required to support delivery and this will result in the programme failing to "
            "achieve its objectives."
        ),
        "score": 25,
        "actions": (
            "Deploy appropriate resource to ensure bids for national monies are completed to "
            "a high standard to maximise opportunity to be awarded funds. Utilise the virtual "
            "task and finish group to support the process. Seek other funding sources. If "
            "funding is not granted reassess STP objectives and identify other opportunities "
            "to deliver savings and objectives. Engaging with local MPs."
        ),
        "post_score": 20,
    },
    {
        "ref": "R-31",
        "summary": (
            "Many plans rely on recruiting new staff. It may be hard to fill every post, and "
            "taking staff from other local services could cause them problems."
        ),
        "description": (
            "There is a risk that if a number of business cases all rely on recruiting new "
            "staff it may be difficult to recruit to all positions and if they are recruited "
            "from within the system this may cause problems for existing services"
        ),
        "score": 25,
        "actions": (
            "Delivery Groups to work closely with their Workforce lead to develop an "
            "appropriate recruitment strategy. Workforce leads to liaise to maintain an "
            "overview of Workforce requirements to ensure the needs of all business cases do "
            "not conflict and to ensure that the impact of large scale recruitment may have "
            "on other parts of the system is understood."
        ),
        "post_score": 20,
    },
    {
        "ref": "R-32",
        "summary": ("Staff working on change in each organisation may not be fully focused on the STP."),
        "description": (
            "There is a risk that current transformation staff within all organisations "
            "aren't fully aligned to the STP and could result in the programme failing to "
            "achieve its objectives."
        ),
        "score": 25,
        "actions": (
            "Accountable Officers to actively monitor delivery of STP objectives, seek to "
            "resolve and any unresolved issues to be escalated to HCE. Review engagement and "
            "communication strategy within organisations to ensure understanding and "
            "awareness of the STP."
        ),
        "post_score": 20,
    },
    {
        "ref": "R-33",
        "summary": (
            "A national spending limit process (the Capped Expenditure Process) could force "
            "us to focus on short-term actions instead of the STP."
        ),
        "description": (
            "The is a risk that as a consequence of being drawn into the Capped Expenditure "
            "Process (CEP) the system will be required to focus on short term actions and/or "
            "restrict the systems ability to focus on delivery of the STP programme of work."
        ),
        "score": 20,
        "actions": (
            "Accountable Officers to continue to engage national bodies to understand and, "
            "where possible, influence the CEP."
        ),
        "post_score": 12,
    },
]

_DELIVERY_PAGE = {
    "slug": "delivery-progress",
    "title": "Delivery progress",
    "intro": (
        "In November 2017 we reported to the Health Scrutiny Committee on how we are "
        "delivering the plan. Here is what the update said."
    ),
    "body": [
        {
            "type": "inset",
            "value": {
                "body": (
                    "<p>This page is based on the update report to the Health Scrutiny "
                    "Committee meeting on 6 November 2017. The committee had asked for an "
                    "update on how the plan is being put into practice.</p>"
                )
            },
        },
        {"type": "heading", "value": {"text": "Where we are", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>In early 2017 we moved from planning to delivering the plan. We set up "
                "Fit for the Future programme arrangements to make sure the work gets done. "
                "Six Delivery Groups are at the heart of the programme.</p>"
                "<p>The plan will take several years to deliver. We want to make real changes "
                "for people as quickly as we can, without overwhelming the health and care "
                "system.</p>"
                "<p>Health and local government partners agreed a shared ambition: to act as "
                "one system, jointly responsible for the health, wellbeing and experience of "
                "local people, within a set budget. The report calls this the behaviours of "
                "an ‘Accountable Care System’.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Focus for 2017/18: care outside hospital", "level": 2},
        },
        {
            "type": "rich_text",
            "value": (
                "<p>Too many people end up in hospital when they do not need to, or stay in "
                "hospital too long. So in 2017/18 we focused on creating more services and "
                "capacity in the community. Two Delivery Groups lead this work: Urgent and "
                "Emergency Care, and Primary Care and Integrated Neighbourhoods.</p>"
                "<p>Demand for urgent and emergency care has grown a lot in recent years. "
                "This is mainly because the population is growing, especially the number of "
                "frail older people, and because there are not enough community services to "
                "support vulnerable people.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Joint Emergency Team (JET)", "level": 3}},
        {
            "type": "rich_text",
            "value": (
                "<p>This team supports vulnerable patients in their homes or in the community. "
                "We have invested £2m to expand it with more than 70 extra staff. By the end "
                "of September 2017, almost 50 job offers had been made and about 20 new staff "
                "were in post.</p>"
            ),
        },
        {
            "type": "table",
            "value": {
                "caption": "Joint Emergency Team: early results at the end of September 2017",
                "header": ["Measure", "Result"],
                "rows": [
                    [
                        "Referrals in the last week of September",
                        "169 (average for the year so far: 148 a week)",
                    ],
                    ["Referrals that led to a first contact with the patient", "80%"],
                    ["Use of JET capacity on weekdays", "71% (57% at the end of July)"],
                    ["Use of JET capacity at weekends", "63% (28% at the end of July)"],
                    ["Referrals resolved without a transfer to an acute hospital", "89%"],
                    ["First contact within 2 hours of referral", "65%"],
                ],
            },
        },
        {
            "type": "chart",
            "value": {
                "title": "How much of the Joint Emergency Team’s capacity was used",
                "description": (
                    "Use of JET capacity. Weekdays: 57% at the end of July, 71% at the end of "
                    "September. Weekends: 28% at the end of July, 63% at the end of "
                    "September."
                ),
                "unit": "%",
                "rows": [
                    {"label": "Weekdays, end of July", "value": 57.0},
                    {"label": "Weekdays, end of September", "value": 71.0},
                    {"label": "Weekends, end of July", "value": 28.0},
                    {"label": "Weekends, end of September", "value": 63.0},
                ],
            },
        },
        {
            "type": "heading",
            "value": {"text": "Stroke Early Supported Discharge (ESD)", "level": 3},
        },
        {
            "type": "rich_text",
            "value": (
                "<p>We are investing £0.7m in a new service. It will give intensive support to "
                "help stroke patients leave hospital, and neurological rehabilitation at home. "
                "Therapy staff will rotate between hospitals, community rehabilitation teams "
                "and the stroke ESD team, so the whole team works better together. We are "
                "recruiting to 35 extra posts for this service.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Discharge to Assess", "level": 3}},
        {
            "type": "rich_text",
            "value": (
                "<p>Some people in hospital no longer need a hospital bed but still need some "
                "care. This service gives short-term, funded support so they can go home, or "
                "to another place in the community. Their longer-term needs are then assessed "
                "in the best place and at the right time. It is also called ‘home first’, "
                "‘safely home’ or ‘step down’.</p>"
                "<p>We are investing over £6m in 2017/18 to recruit 155 extra posts, mainly "
                "Integrated Care Workers.</p>"
                "<p>In the first week of September 2017, 25% more patients than the normal "
                "weekly average were helped to leave hospital. This reduced delayed transfers "
                "of care at North West Anglia Foundation Trust and Cambridge University "
                "Hospitals Foundation Trust. Many of these patients had complex needs and had "
                "been waiting to leave hospital for more than 20 days.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Primary Care and Integrated Neighbourhoods", "level": 3},
        },
        {
            "type": "rich_text",
            "value": (
                "<p>This Delivery Group is setting up joined-up health and care neighbourhood "
                "teams. They give planned, proactive care based on each person’s medical and "
                "social needs. For the first time, work on healthy ageing, long-term "
                "conditions and mental health is brought together.</p>"
                "<p>Key changes in 2017/18:</p>"
                "<ul>"
                "<li>more specialist support for people with long-term conditions such as "
                "diabetes, lung problems and heart disease</li>"
                "<li>more community staff to help prevent falls and help people recover if they "
                "are injured</li>"
                "<li>more case managers for the patients who need most support to stay at "
                "home, tested first in four neighbourhoods</li>"
                "<li>preventing stroke by finding more people with atrial fibrillation (a heart "
                "problem that raises the risk of stroke) and giving them medicine earlier</li>"
                "<li>more support for people with dementia at all stages</li>"
                "</ul>"
                "<p>So far in 2017/18 we have invested £1m in breathing (respiratory), stroke "
                "prevention and falls prevention services. We were also awarded £1.9m for "
                "diabetes from a national bid.</p>"
            ),
        },
        {
            "type": "table",
            "value": {
                "caption": "Money for new services named in the November 2017 update",
                "header": ["Service", "Money", "Extra staff"],
                "rows": [
                    ["Joint Emergency Team (JET)", "£2m invested", "More than 70"],
                    ["Stroke Early Supported Discharge", "£0.7m being invested", "35 posts"],
                    ["Discharge to Assess", "Over £6m in 2017/18", "155 posts"],
                    [
                        "Respiratory, stroke prevention and falls prevention services",
                        "£1m invested",
                        "Not stated",
                    ],
                    ["Diabetes", "£1.9m awarded from a national bid", "Not stated"],
                ],
            },
        },
        {
            "type": "chart",
            "value": {
                "title": "Money for new services in the November 2017 update (£ million)",
                "description": (
                    "Discharge to Assess over £6m, Joint Emergency Team £2m, diabetes £1.9m "
                    "from a national bid, respiratory, stroke prevention and falls prevention "
                    "£1m, Stroke Early Supported Discharge £0.7m."
                ),
                "unit": "£ million",
                "rows": [
                    {"label": "Discharge to Assess (over £6m)", "value": 6.0},
                    {"label": "Joint Emergency Team", "value": 2.0},
                    {"label": "Diabetes (national bid)", "value": 1.9},
                    {"label": "Respiratory, stroke and falls prevention", "value": 1.0},
                    {"label": "Stroke Early Supported Discharge", "value": 0.7},
                ],
            },
        },
        {"type": "heading", "value": {"text": "How the programme is run", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>We reviewed how the programme is run to make sure it is still fit for "
                "purpose. We set up an STP Board to improve accountability to partner "
                "organisations. The Board sets the medium and long-term strategy. The Health "
                "and Care Executive (HCE) focuses on day-to-day delivery.</p>"
                "<p>A process was under way to appoint an Independent Chair, who was expected "
                "to be in post by the November meeting.</p>"
                "<p>Tracy Dowling will continue as the Accountable Officer for the STP for the "
                "medium term. Catherine Pollard has been appointed as Executive Programme "
                "Director. She replaced Scott Haldane, who went back to his full-time role as "
                "Finance Director at Cambridgeshire and Peterborough NHS Foundation Trust "
                "(CPFT).</p>"
            ),
        },
        {
            "type": "table",
            "value": {
                "caption": "What the STP Board is responsible for",
                "header": ["Area", "STP Board"],
                "rows": [
                    [
                        "Strategic decision making",
                        "Responsible for medium and long term STP strategy, including ensuring "
                        "the system has in place a process for working towards Accountable "
                        "Care",
                    ],
                    [
                        "Operational delivery",
                        "Holds to account HCE for delivery of the STP, ensuring accountability "
                        "and reporting arrangements are in place",
                    ],
                    ["Governance", "Ensures adherence to collective governance arrangements"],
                    ["Risk management", "Reviews/ addresses strategic programme risks"],
                    [
                        "Engagement",
                        "Ensures there is a process in place to understand how the system "
                        "manages the expectations of service users and the general public and "
                        "members of the STP Stakeholder Group",
                    ],
                    [
                        "Accountability",
                        "Receives brief update from the HCE regarding STP delivery. Chair attends Bipartite meetings.",
                    ],
                ],
            },
        },
        {"type": "heading", "value": {"text": "Risks to the plan", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>The report lists the main risks to delivering the plan and what we are "
                "doing about them. Each risk has a score before and after these actions. A "
                "higher score means a more serious risk.</p>"
            ),
        },
        {
            "type": "warning",
            "value": {
                "heading": "The highest risks",
                "body": (
                    "<p>Five risks had the highest score (25) before action. After action they "
                    "still score 20:</p>"
                    "<ul>"
                    "<li>MPs, councillors and other elected representatives may not support "
                    "the proposed solutions (R-16).</li>"
                    "<li>GP practices may not be involved in leadership discussions across the "
                    "whole system (R-17).</li>"
                    "<li>We may not get the outside funding we need (R-30).</li>"
                    "<li>It may be hard to recruit all the new staff that our plans need "
                    "(R-31).</li>"
                    "<li>Staff working on change in each organisation may not be fully "
                    "focused on the plan (R-32).</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "table",
            "value": {
                "caption": "Strategic risks and their scores, November 2017",
                "header": ["Ref", "Risk", "Score before action", "Score after action"],
                "rows": [[r["ref"], r["summary"], str(r["score"]), str(r["post_score"])] for r in STP_RISKS],
            },
        },
    ]
    + [
        {
            "type": "details",
            "value": {
                "summary": f"{r['ref']}: {r['summary']}",
                "body": (
                    # The risk texts are plain text from the seed; "&" must be escaped in HTML.
                    f"<p><strong>What the report says:</strong> {r['description'].replace('&', '&amp;')}</p>"
                    f"<p><strong>What we are doing:</strong> {r['actions'].replace('&', '&amp;')}</p>"
                    f"<p>Score before action: {r['score']}. Score after action: "
                    f"{r['post_score']}.</p>"
                ),
            },
        }
        for r in STP_RISKS
    ],
    "children": [],
}

_RISK_GLOSSARY = {
    "type": "details",
    "value": {
        "summary": "Short names used in the risk table",
        "body": (
            "<ul>"
            "<li>CCG: Clinical Commissioning Group</li>"
            "<li>CEP: Capped Expenditure Process</li>"
            "<li>CIP: cost improvement programme</li>"
            "<li>CUHFT: Cambridge University Hospitals NHS Foundation Trust</li>"
            "<li>FPPG: Financial Performance and Planning Group</li>"
            "<li>HCE: Health and Care Executive</li>"
            "<li>MOU: Memorandum of Understanding</li>"
            "<li>NWAngliaFT: North West Anglia Foundation Trust</li>"
            "<li>QIPP: Quality, Innovation, Productivity and Prevention</li>"
            "<li>SDU: System Delivery Unit</li>"
            "<li>SROs: Senior Responsible Officers</li>"
            "<li>STP: Sustainability and Transformation Plan or Partnership</li>"
            "</ul>"
        ),
    },
}
_DELIVERY_PAGE["body"].append(_RISK_GLOSSARY)

_OUR_PLAN_PAGE = {
    "slug": "our-plan",
    "title": "Our plan",
    "intro": (
        "Our Sustainability and Transformation Plan (STP) is a five-year plan for health and "
        "care in Cambridgeshire and Peterborough. Here it is in plain English."
    ),
    "body": [
        {"type": "heading", "value": {"text": "What is the plan?", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>In Cambridgeshire and Peterborough, the NHS, GP services (general practice) "
                "and local councils have come together to write a five-year plan. It is called "
                "the Sustainability and Transformation Plan (STP).</p>"
                "<p>The plan has two aims:</p>"
                "<ul>"
                "<li>to improve the health and care of local people</li>"
                "<li>to bring the health and care system back into financial balance, so it "
                "does not spend more money than it has</li>"
                "</ul>"
                "<p>Local clinicians (doctors, nurses and other health professionals) led the "
                "plan. All local NHS organisations and council officers helped to write it, "
                "and we talked with our staff and patients along the way.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Why we need to change", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>Our area has a lot to be proud of. For example, our cancer services are "
                "some of the best in the country. But we are struggling to meet the needs of "
                "our 900,000+ local residents.</p>"
                "<ul>"
                "<li>Our population is growing fast and getting older.</li>"
                "<li>There are big differences in health between different areas.</li>"
                "<li>We do not have enough staff in some jobs, especially in general "
                "practice.</li>"
                "<li>Some hospitals are under severe pressure. We do not always meet the "
                "four-hour target in Accident and Emergency (A&amp;E).</li>"
                "<li>Our money problems are bigger than those of any other STP area in "
                "England.</li>"
                "</ul>"
                '<p><a href="/our-plan/why-we-need-to-change/">Read more about why we need '
                "to change</a>.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Our ambition", "level": 2}},
        {
            "type": "inset",
            "value": {
                "body": (
                    "<p>We want to act as one system. All our organisations will share "
                    "responsibility for the health, wellbeing and experience of local people, "
                    "within a set amount of money.</p>"
                )
            },
        },
        {
            "type": "rich_text",
            "value": (
                "<p>The plan calls this developing the good behaviours of an ‘Accountable Care "
                "Organisation’ (ACO). An ACO has one set of leaders, one set of money "
                "incentives and one set of clinical aims. We have a lot of catching up to do, "
                "so this journey will take longer than the five years of the plan.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Four priorities and a 10-point plan", "level": 2},
        },
        {
            "type": "rich_text",
            "value": (
                "<p>We talked with our staff, patients, carers and partners. Together we chose "
                "four priorities for change and wrote a 10-point plan to deliver them.</p>"
                "<ul>"
                "<li><strong>At home is best</strong>: 1. People powered health and wellbeing; "
                "2. Neighbourhood care hubs</li>"
                "<li><strong>Safe and effective hospital care, when needed</strong>: "
                "3. Responsive urgent and expert emergency care; 4. Systematic and "
                "standardised care; 5. Continued world-famous research and services</li>"
                "<li><strong>We’re only sustainable together</strong>: 6. Partnership "
                "working</li>"
                "<li><strong>Supported delivery</strong>: 7. A culture of learning as a "
                "system; 8. Workforce: growing our own; 9. Using our land and buildings "
                "better; 10. Using technology to modernise health</li>"
                "</ul>"
                '<p><a href="/our-plan/ten-point-plan/">Read what each point means</a>.</p>'
            ),
        },
        {"type": "heading", "value": {"text": "What it means for you", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>We think local people will benefit from more care at home or from their GP "
                "practice. We want to do better for people in poorer areas, people with "
                "several long-term conditions, and people who are frail.</p>"
                "<p>A&amp;E is only for serious or life-threatening injury or illness. For "
                "other urgent problems, call NHS 111 first. They will help you get the right "
                "care, first time.</p>"
                "<p>Closing or largely rebuilding any of our main hospitals is not part of the "
                "five-year plan. The only exception is the move of Papworth Hospital to the "
                "Cambridge Biomedical Campus, which was already planned.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "What happens next", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>In early 2017 we moved from planning to delivering the plan. "
                '<a href="/our-plan/delivery-progress/">See our progress</a>.</p>'
                "<p>We expected to ask the public about our proposals for stroke services and "
                "orthopaedic (bone and joint) services in 2017. We will hold a public "
                "consultation where it is right to do so, before we change any services. "
                '<a href="/consultations/">See our consultations</a>.</p>'
            ),
        },
        {
            "type": "details",
            "value": {
                "summary": "What could stop the plan working?",
                "body": (
                    "<p>The plan names three kinds of risk:</p>"
                    "<ul>"
                    "<li><strong>Money</strong>: savings may not come fast enough, national "
                    "money may not arrive in time, or we may not agree a new way of paying "
                    "hospitals.</li>"
                    "<li><strong>Staff</strong>: clinicians may not support the new services, "
                    "or we may not be able to recruit or train enough staff.</li>"
                    "<li><strong>Politics</strong>: there may be opposition to changes. For "
                    "example, councillors in East Cambridgeshire may oppose changes to minor "
                    "injury units and community beds. Councillors in Peterborough may worry "
                    "that health gaps will grow.</li>"
                    "</ul>"
                    "<p>Patients and the public may not support our solutions. To help with "
                    "this, we want patients to help design services, and we will consult the "
                    "public where right before changing services.</p>"
                ),
            },
        },
        {
            "type": "details",
            "value": {
                "summary": "Words we use",
                "body": (
                    "<ul>"
                    "<li><strong>Acute hospital</strong>: a hospital that treats people who are "
                    "seriously ill or injured, or who need an operation.</li>"
                    "<li><strong>Clinical Commissioning Group (CCG)</strong>: the NHS "
                    "organisation that plans and pays for local NHS services. "
                    "Cambridgeshire and Peterborough CCG hosts this programme.</li>"
                    "<li><strong>Clinician</strong>: a doctor, nurse, therapist or other "
                    "health professional who cares for patients.</li>"
                    "<li><strong>Deficit</strong>: spending more money than you have.</li>"
                    "<li><strong>Primary care</strong>: care you get in the community, such as "
                    "from your GP.</li>"
                    "<li><strong>Sustainability and Transformation Plan (STP)</strong>: our "
                    "five-year plan. Later the partners called themselves the Sustainability "
                    "and Transformation Partnership.</li>"
                    "<li><strong>Trust</strong>: an NHS organisation that runs hospitals or "
                    "other health services.</li>"
                    "</ul>"
                ),
            },
        },
    ],
    "children": [
        _WHY_CHANGE,
        _TEN_POINT_PLAN_PAGE,
        _PRIORITIES_PAGE,
        _WORKSTREAMS_PAGE,
        _PARTNERS_PAGE,
        _PHASES_PAGE,
        _HOW_WE_JUDGE_PAGE,
        _MONEY_PAGE,
        _DELIVERY_PAGE,
    ],
}

_GET_INVOLVED_PAGE = {
    "slug": "get-involved",
    "title": "Get involved",
    "intro": (
        "Local people have helped to shape our plan. Here is how people have been "
        "involved so far, and how you can have your say."
    ),
    "body": [
        {"type": "heading", "value": {"text": "How you can take part", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<ul>"
                '<li><a href="/consultations/">Answer a consultation</a> when one is '
                "open.</li>"
                '<li><a href="/assemblies/">Come to a Public Involvement Assembly</a> near '
                "you.</li>"
                "<li>Sign up to our monthly online newsletter.</li>"
                "<li>Follow us on Twitter at @fitforfuturenhs and on Facebook at "
                "fitforfuturenhs.</li>"
                "</ul>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Public Involvement Assemblies", "level": 2},
        },
        {
            "type": "rich_text",
            "value": (
                "<p>At a Public Involvement Assembly, local people meet us to talk about ideas "
                "and tell us what they think.</p>"
                "<p><strong>2015:</strong> we asked people to think about the pressures on "
                "health and care services over the next five years. In July 2015, 80 people "
                "came to assemblies in five places. We asked them which services were "
                "important to them. Their answers are reflected in our plan.</p>"
                "<p><strong>March 2016:</strong> around 90 people came to five assemblies in "
                "Cambridge, Ely, Huntingdon, Peterborough and Wisbech. We showed them our "
                "Evidence for Change. They gave feedback on the criteria we use to judge "
                "options and on our design principles.</p>"
                "<p>We wrote down every comment and sorted them into clinical themes. We "
                "shared them with each clinical working group to use in their planning. Our "
                "‘You said, we did’ document showed how we used the comments and what changed "
                "as a result.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Saturday Cafes", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>In June and July 2015 we held Saturday Cafes in Cambridge, Ely, Wisbech, "
                "Huntingdon and Peterborough. People could drop in, watch a presentation and "
                "talk with a member of the team.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Public meetings on minor injury services", "level": 2},
        },
        {
            "type": "rich_text",
            "value": (
                "<p>In August and September 2016, the Clinical Commissioning Group (CCG) asked "
                "people about the future of the Minor Injury Units at Doddington Hospital, "
                "North Cambs Hospital in Wisbech and Princess of Wales Hospital in Ely.</p>"
                "<p>The CCG met local councillors and members of parliament. It also held "
                "public meetings in community venues. Some of the first meetings were so "
                "popular that the venues were too small, so we arranged extra meetings in much "
                "bigger venues.</p>"
                "<p>About 650 people came to the public meetings. People were pleased to have "
                "a chance to have their say. They told us we should hold more public meetings. "
                "They asked whether this was a formal consultation, and when the engagement "
                "would end.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Other ways people took part", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<ul>"
                "<li><strong>Clinical roadshow.</strong> In August 2015 the team talked to "
                "clinicians, staff and the public in health and council buildings, and "
                "used iPad surveys. We spoke to 141 people.</li>"
                "<li><strong>Patients in working groups.</strong> Patient representatives sat "
                "on the clinical working groups and took part in their workshops. The "
                "Clinical Advisory Group also had a patient representative.</li>"
                "<li><strong>Healthwatch.</strong> Healthwatch Cambridgeshire and Healthwatch "
                "Peterborough took part in the working groups and the Clinical Advisory "
                "Group.</li>"
                "<li><strong>CCG Patient Reference Group.</strong> This group got regular "
                "updates and shared their views on the issues for patients and "
                "services.</li>"
                "<li><strong>Community events.</strong> For example, the St Ives Community "
                "Fair was well attended. Feedback was generally positive and people wanted to "
                "know more.</li>"
                "<li><strong>Councils and boards.</strong> The plan is a regular item at "
                "Health and Wellbeing Boards and scrutiny committees.</li>"
                "</ul>"
            ),
        },
        {
            "type": "chart",
            "value": {
                "title": "How many people came to our public events",
                "description": (
                    "People who took part: Public Involvement Assemblies July 2015, 80; "
                    "clinical roadshow August 2015, 141; Public Involvement Assemblies March "
                    "2016, around 90; public meetings on minor injury services August and "
                    "September 2016, about 650."
                ),
                "unit": "people",
                "rows": [
                    {"label": "Assemblies, July 2015", "value": 80.0},
                    {"label": "Clinical roadshow, August 2015", "value": 141.0},
                    {"label": "Assemblies, March 2016 (around)", "value": 90.0},
                    {"label": "Minor injury meetings, Aug–Sep 2016 (about)", "value": 650.0},
                ],
            },
        },
        {"type": "heading", "value": {"text": "Keeping people informed", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<ul>"
                "<li><strong>Website.</strong> Our partnership website, www.fitforfuture.org.uk, "
                "has the plan summary, leaflet, details of the working groups, and the "
                "latest news and events.</li>"
                "<li><strong>Newsletter.</strong> Our monthly online newsletter started in "
                "April 2016. It gives updates on the programme and the working groups.</li>"
                "<li><strong>Social media.</strong> Fit for the Future has a Twitter and a "
                "Facebook account. In our latest campaign, the number of times people saw our "
                "tweets grew by over 20,000.</li>"
                "<li><strong>Media.</strong> Our Evidence for Change was covered by BBC Radio "
                "Cambridgeshire, the Fenland Citizen, the Hunts Post and the Healthwatch "
                "Cambridgeshire newsletter.</li>"
                "<li><strong>Staff.</strong> Staff get regular updates by email, intranets, "
                "briefings and newsletters.</li>"
                "</ul>"
            ),
        },
        {
            "type": "inset",
            "value": {
                "body": (
                    "<p>We keep a log of the groups and meetings where we have presented and "
                    "discussed the plan, with what people told us. "
                    '<a href="/who-we-have-talked-to/">See who we have talked to</a>.</p>'
                )
            },
        },
    ],
    "children": [],
}

# The seeds say nothing about privacy, accessibility or cookies, so these pages are kept
# generic: no names, phone numbers, addresses or retention periods are invented.
_PRIVACY_PAGE = {
    "slug": "privacy",
    "title": "Privacy notice",
    "intro": (
        "This notice explains what personal information we collect on this website, why we "
        "collect it, how long we keep it and what your rights are."
    ),
    "body": [
        {"type": "heading", "value": {"text": "Who we are", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>Fit for the Future is the website of the Cambridgeshire and Peterborough "
                "Sustainability and Transformation Partnership (STP). The programme is hosted "
                "by Cambridgeshire and Peterborough Clinical Commissioning Group (CCG).</p>"
            ),
        },
        {"type": "heading", "value": {"text": "What we collect", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>We only collect information you choose to give us.</p>"
                "<ul>"
                "<li><strong>Newsletter and email alerts:</strong> your email address, and "
                "which alerts you asked for (for example, a town or a consultation).</li>"
                "<li><strong>Consultation answers:</strong> your answers to our questions. "
                "You can also choose to give your name, your email address for a copy of "
                "your answers, say whether you answer for yourself or for an organisation "
                "(and its name), and answer optional equality questions, such as your age "
                "group or your postcode. We keep only the first part of your postcode, "
                "like PE13.</li>"
                "<li><strong>Saving your answers to finish later:</strong> your email "
                "address, so we can send you the link, and your answers so far.</li>"
                "<li><strong>Answers sent on paper, by email, by letter, by phone or at an "
                "event:</strong> our staff type them in for you, and may add a short note, "
                "for example that they phoned you to check something.</li>"
                "<li><strong>Signing up for an assembly or event:</strong> your name, email "
                "address, phone number (if you want to give it), your town, any access "
                "needs (such as step-free access, a hearing loop, an interpreter and their "
                "language, or a British Sign Language interpreter) or dietary needs you "
                "tell us about, and whether you came.</li>"
                "</ul>"
                "<p>Some equality questions, and access needs, can tell us about your health "
                "or background. All of these questions are optional.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Why we collect it", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<ul>"
                "<li>To send you the newsletter you asked for. We ask you to confirm your "
                "email address first, and you can unsubscribe at any time with one "
                "click.</li>"
                "<li>To understand what people think about our proposals, and to report back "
                "on what you said and what we did. Reports show grouped figures, themes and "
                "some quotes with names removed. They never show your name or contact "
                "details.</li>"
                "<li>To check that we hear from a wide range of people across our area.</li>"
                "<li>To book your place at an assembly, send you a confirmation and a "
                "reminder, and make sure the venue meets your needs.</li>"
                "</ul>"
                "<p>Under the UK General Data Protection Regulation (UK GDPR), we use your "
                "information to carry out our public tasks, such as involving and consulting "
                "the public about health services. For the newsletter, we rely on your "
                "consent.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Who can see it", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>Only the staff who run our consultations and events can see your personal "
                "details. We do not sell your information, and we do not share it for "
                "marketing.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "How long we keep it", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<ul>"
                "<li><strong>Newsletter and email alerts:</strong> until you unsubscribe. "
                "Then we delete your email address straight away. If you never confirm "
                "your address, we delete it when the confirmation link stops working.</li>"
                "<li><strong>Saved answers:</strong> until you come back to them, or until "
                "the link stops working. The email we send tells you when that is.</li>"
                "<li><strong>Consultation answers:</strong> we keep your personal details for "
                "a set time after the consultation closes. Then we remove your name, email "
                "address and other contact details. We keep the answers, without your "
                "details, for our reports.</li>"
                "<li><strong>Assembly sign-ups:</strong> until the event has taken place and "
                "for a set time after that. Then we remove your name, contact details and "
                "what you told us about your needs. We keep only numbers, such as how many "
                "people came.</li>"
                "<li><strong>Emails we send you:</strong> our record of each email (who it "
                "went to and what it was about) is deleted after a few days.</li>"
                "</ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Your rights", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>Under UK GDPR you have the right to:</p>"
                "<ul>"
                "<li>ask for a copy of the information we hold about you</li>"
                "<li>ask us to correct information that is wrong</li>"
                "<li>ask us to delete your information</li>"
                "<li>ask us to limit how we use your information</li>"
                "<li>object to how we use your information</li>"
                "<li>take back your consent at any time, where we rely on it</li>"
                "<li>complain to the Information Commissioner’s Office (ICO), the UK’s data "
                "protection regulator</li>"
                "</ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Asking for a copy, or for us to delete your information", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>Contact us (see below) and tell us the email address you used on this "
                "website. We will look for it in consultation answers, saved answers, "
                "assembly sign-ups, the newsletter and email alerts.</p>"
                "<ul>"
                "<li>If you ask for a copy, we will send you everything we hold about "
                "you.</li>"
                "<li>If you ask us to delete your information, we remove your name, contact "
                "details and needs everywhere, and stop all emails to you. Your answers stay, "
                "without your details, so they still count in our reports. If you have a "
                "place at an assembly, we cancel it so that someone on the waiting list can "
                "have it.</li>"
                "</ul>"
                "<p>We will reply within one month.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Contact us", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>If you have a question about your information, or want to use your "
                "rights, contact the data protection officer of Cambridgeshire and "
                "Peterborough Clinical Commissioning Group (CCG).</p>"
            ),
        },
    ],
    "children": [],
}

_ACCESSIBILITY_PAGE = {
    "slug": "accessibility",
    "title": "Accessibility statement",
    "intro": ("We want as many people as possible to be able to use this website and read our information."),
    "body": [
        {"type": "heading", "value": {"text": "Using this website", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>You should be able to:</p>"
                "<ul>"
                "<li>zoom in up to 400% without the text spilling off the screen</li>"
                "<li>use the whole website with just a keyboard</li>"
                "<li>use the website with a screen reader</li>"
                "<li>fill in our forms without JavaScript</li>"
                "<li>read every chart as a table of figures too</li>"
                "</ul>"
                "<p>We have tried to write in plain English, with short sentences. When we use "
                "a short name, such as STP or CCG, we explain it.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Our standard", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 "
                "at level AA. We check our pages with automated accessibility tests and by "
                "using them with a keyboard only.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Other formats", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>If you need information from this website in another format, please ask "
                "us. For example:</p>"
                "<ul>"
                "<li>Easy Read</li>"
                "<li>large print</li>"
                "<li>another language</li>"
                "</ul>"
                "<p>Use the contact details on this website and tell us which page or document "
                "you need and the format you would like. Where we have already published a "
                "document in another format, you will find it in our "
                '<a href="/publications/">document library</a>.</p>'
            ),
        },
        {"type": "heading", "value": {"text": "Reporting a problem", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>If you find a problem with this website, or something you cannot use, "
                "please tell us. Let us know:</p>"
                "<ul>"
                "<li>the web address (URL) of the page</li>"
                "<li>what you were trying to do</li>"
                "<li>what went wrong, and the device and software you were using</li>"
                "</ul>"
                "<p>We will look at the problem and reply to you.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "If you are not happy with our reply", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>The Equality and Human Rights Commission (EHRC) is responsible for "
                "enforcing the accessibility rules for public sector websites. If you are not "
                "happy with how we respond to your complaint, contact the Equality Advisory "
                "and Support Service (EASS).</p>"
            ),
        },
    ],
    "children": [],
}

_COOKIES_PAGE = {
    "slug": "cookies",
    "title": "Cookies",
    "intro": (
        "Cookies are small files saved on your phone, tablet or computer when you visit a "
        "website. We only use cookies that the website needs to work."
    ),
    "body": [
        {"type": "heading", "value": {"text": "Cookies we use", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>We only use strictly necessary cookies. Without them, the website would "
                "not work properly or safely. We do not ask for consent for these "
                "cookies.</p>"
            ),
        },
        {
            "type": "table",
            "value": {
                "caption": "Strictly necessary cookies",
                "header": ["Cookie", "What it does", "When it is set"],
                "rows": [
                    [
                        "Session cookie",
                        "Remembers your progress, for example while you fill in a "
                        "consultation form over several pages, and keeps staff signed in.",
                        "When you start a form or sign in",
                    ],
                    [
                        "Security (CSRF) token",
                        "Protects our forms from a type of attack called cross-site request "
                        "forgery (CSRF). It makes sure a form was sent from this website.",
                        "When you open a page with a form",
                    ],
                    [
                        "Cookie choice",
                        "Remembers that you have seen our cookie message, so we do not show it again.",
                        "When you close or answer the cookie message",
                    ],
                ],
            },
        },
        {"type": "heading", "value": {"text": "Cookies we do not use", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>We do not use:</p>"
                "<ul>"
                "<li>analytics cookies that measure how you use the website</li>"
                "<li>advertising or tracking cookies</li>"
                "<li>cookies from social media or other websites</li>"
                "</ul>"
                "<p>If we ever want to use other cookies, we will ask for your consent first "
                "and update this page.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Managing cookies", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>You can delete or block cookies in your browser settings. If you block "
                "strictly necessary cookies, some parts of this website, such as forms, may "
                "not work.</p>"
            ),
        },
    ],
    "children": [],
}

PAGES = [
    _OUR_PLAN_PAGE,
    _GET_INVOLVED_PAGE,
    _PRIVACY_PAGE,
    _ACCESSIBILITY_PAGE,
    _COOKIES_PAGE,
]

# ---------------------------------------------------------------------------
# News (newest first). Where a seed gives only a month, the item is dated on the first
# day of that month; each date is explained in a comment.
# ---------------------------------------------------------------------------

NEWS = [
    {
        "slug": "health-scrutiny-committee-update-november-2017",
        "title": "Update on our plan for the Health Scrutiny Committee",
        # 004 is the report for the committee meeting of 6 November 2017 (exact date).
        "date": datetime.date(2017, 11, 6),
        "intro": (
            "We reported to the Health Scrutiny Committee on how the plan is being put into "
            "practice, what has changed so far and the main risks."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>The Health Scrutiny Committee asked us for an update on how we are "
                    "delivering the Sustainability and Transformation Plan (STP). Our report "
                    "went to the committee’s meeting on 6 November 2017.</p>"
                    "<p>In early 2017 we moved from planning to delivery. Six Delivery Groups "
                    "now lead the work. They include clinicians and patient and public "
                    "representatives.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "More care outside hospital", "level": 2}},
            {
                "type": "rich_text",
                "value": (
                    "<p>Too many people end up in hospital when they do not need to, or stay "
                    "too long. In 2017/18 we focused on more services in the community:</p>"
                    "<ul>"
                    "<li><strong>Joint Emergency Team:</strong> £2m to expand the team with "
                    "more than 70 extra staff. At the end of September, 89% of referrals "
                    "were resolved without a transfer to an acute hospital.</li>"
                    "<li><strong>Stroke Early Supported Discharge:</strong> £0.7m for a new "
                    "service to help stroke patients home and give rehabilitation at home, "
                    "with 35 extra posts.</li>"
                    "<li><strong>Discharge to Assess:</strong> over £6m in 2017/18 for 155 "
                    "extra posts. In the first week of September, 25% more patients than "
                    "usual were helped to leave hospital.</li>"
                    "<li><strong>Neighbourhood care:</strong> £1m for breathing, stroke "
                    "prevention and falls prevention services, and £1.9m for diabetes from a "
                    "national bid.</li>"
                    "</ul>"
                ),
            },
            {
                "type": "warning",
                "value": {
                    "heading": "Risks we are watching",
                    "body": (
                        "<p>The report lists the main risks to the plan. The most serious "
                        "include not getting outside funding, not being able to recruit all "
                        "the staff we need, and proposals not being supported by MPs and "
                        "councillors.</p>"
                    ),
                },
            },
            {
                "type": "rich_text",
                "value": (
                    '<p><a href="/our-plan/delivery-progress/">Read more about our progress and the risks</a>.</p>'
                ),
            },
        ],
        "source": SOURCE_SCRUTINY,
    },
    {
        "slug": "sustainability-and-transformation-plan-published",
        "title": "Our Sustainability and Transformation Plan is published",
        # 002 says the plan is published "today" but gives no date. The STP text (001) says
        # the System Delivery Unit "launched on 1 November 2016", so it was finished in
        # November 2016, and the news page links a broadcast of 30 November 2016 (the FOI
        # note of 5 January 2017 was added later). No exact day is stated, so this uses the
        # first day of November 2016.
        "date": datetime.date(2016, 11, 1),
        "intro": ("Our five-year plan to improve the health and wellbeing of local people has been published."),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>The county’s five-year Sustainability and Transformation Plan (STP) "
                    "has been published. It aims to improve the health and wellbeing of local "
                    "people and keep them fit for the future.</p>"
                    "<p>Local clinicians led the plan. All local NHS organisations and council "
                    "officers helped to write it, and we talked with our staff and patients. "
                    "It builds on our Evidence for Change from March 2016, which explained why "
                    "local health and care services need to change.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "The money challenge", "level": 2}},
            {
                "type": "rich_text",
                "value": (
                    "<p>In our plan summary in July 2016, we forecast a £250m deficit by "
                    "2020/21. On top of this, the trusts and the Clinical Commissioning Group "
                    "(CCG) need to make £250m of savings over the same time. This makes a "
                    "challenge of £500m over the next four years.</p>"
                    "<p>We also need to invest £43m to improve services over these four years. "
                    "This brings the total challenge to £543m.</p>"
                    "<p>If the trusts and the CCG make their planned savings, and the whole "
                    "plan is delivered, we will meet the £500m target and have a small NHS "
                    "surplus of £1.3m by 2020/21.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Working together", "level": 2}},
            {
                "type": "rich_text",
                "value": (
                    "<p>Hospitals here are very busy, and this is making the money position "
                    "worse. So we want to speed up change and invest early where it will most "
                    "reduce hospital activity. Our priorities are more care closer to home and "
                    "keeping people well in their communities.</p>"
                    "<p>The changes are big and we know they will be hard. All the leaders "
                    "across the system have signed a Memorandum of Understanding (MoU). In it "
                    "they commit to work together, share budgets and deliver agreed clinical "
                    "services.</p>"
                    "<p>We will develop the proposals further over the next few months. "
                    "Staff, patients and others will have chances to help shape them and to "
                    "take part in any formal consultation.</p>"
                ),
            },
            {
                "type": "inset",
                "value": {
                    "body": (
                        "<p>You can read the full plan, a summary, our updated Frequently "
                        "Asked Questions and the plan leaflet. Follow us on Twitter at "
                        "@fitforfuturenhs and on Facebook at fitforfuturenhs.</p>"
                    )
                },
            },
            {
                "type": "rich_text",
                "value": (
                    "<p>Is there enough money to make the changes? That was the question for "
                    "‘Money Box Live: transforming the NHS’, broadcast on 30 November "
                    "2016.</p>"
                ),
            },
        ],
        "source": SOURCE_STP_NEWS,
    },
    {
        "slug": "system-delivery-unit-launched",
        "title": "New team launched to deliver the plan",
        # 001: the System Delivery Unit "launched on 1 November 2016" (exact date).
        "date": datetime.date(2016, 11, 1),
        "intro": ("A new System Delivery Unit (SDU) has started work to make sure the plan is delivered."),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>The System Delivery Unit (SDU) launched on 1 November 2016. It is a "
                    "central team that oversees the whole programme of change. It helps "
                    "design, test and spread new ways of working, and tracks savings.</p>"
                    "<p>The team has skills in leadership, project management, problem-solving, "
                    "population health data, quality improvement, finance and "
                    "communications and engagement.</p>"
                    "<p>An experienced Programme Director leads the SDU. The Health and Care "
                    "Executive (HCE), led by its independent chair, oversees it. Team members "
                    "are employed locally for up to three years. Delivering the plan is their "
                    "full-time job.</p>"
                ),
            },
            {
                "type": "inset",
                "value": {
                    "body": (
                        "<p>The team, including the independent chair, costs £1.94m. All "
                        "partner organisations pay towards it, with money and by lending "
                        "staff.</p>"
                    )
                },
            },
            {
                "type": "rich_text",
                "value": (
                    "<p>On the same date a new way of running the programme began, to move "
                    "from designing the plan to delivering it. Patients and the public will be "
                    "involved in all our projects.</p>"
                ),
            },
        ],
        "source": SOURCE_STP,
    },
    {
        "slug": "public-meetings-minor-injury-units",
        "title": "Public meetings on minor injury units",
        # 001 Appendix 3: meetings "In August and September 2016"; no day is given, so this
        # uses the first day of August 2016.
        "date": datetime.date(2016, 8, 1),
        "intro": (
            "About 650 people came to public meetings about the future of minor injury "
            "services in East Cambridgeshire and Fenland."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>In August and September 2016, Cambridgeshire and Peterborough Clinical "
                    "Commissioning Group (CCG) began a period of talking with the public and "
                    "other groups about minor injury services. This was about the Minor "
                    "Injury Units at:</p>"
                    "<ul>"
                    "<li>Doddington Hospital</li>"
                    "<li>North Cambs Hospital in Wisbech</li>"
                    "<li>Princess of Wales Hospital in Ely</li>"
                    "</ul>"
                    "<p>The CCG met local councillors and members of parliament. It also held "
                    "a series of public meetings in community venues. Some of the first "
                    "meetings were so popular that the venues were too small. Extra meetings "
                    "were arranged in much bigger venues.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "What people told us", "level": 2}},
            {
                "type": "rich_text",
                "value": (
                    "<p>About 650 people came to the public meetings.</p>"
                    "<ul>"
                    "<li>People were pleased to have a chance to have their say.</li>"
                    "<li>They told us we should hold more public meetings.</li>"
                    "<li>They asked whether this was a formal consultation, and when it would "
                    "end.</li>"
                    "</ul>"
                ),
            },
            {
                "type": "inset",
                "value": {
                    "body": (
                        "<p>Our plan, published later in 2016, says that no formal decisions "
                        "have been taken. We are working with local people and organisations "
                        "on the details of several options.</p>"
                    )
                },
            },
        ],
        "source": SOURCE_STP,
    },
    {
        "slug": "plan-summary-published-july-2016",
        "title": "Plan summary published",
        # 001: "We published our draft STP summary in July"; no day is given, so this uses
        # the first day of July 2016.
        "date": datetime.date(2016, 7, 1),
        "intro": (
            "Our draft plan summary, ‘How health and care services in Cambridgeshire and "
            "Peterborough are changing’, is out now."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>We have published a draft summary of our Sustainability and "
                    "Transformation Plan (STP). It is called ‘How health and care services in "
                    "Cambridgeshire and Peterborough are changing’.</p>"
                    "<p>The 12-page summary sets out our 10-point plan in a picture "
                    "(infographic). It explains what we aim to deliver and improve across the "
                    "health and care system.</p>"
                    "<p>All NHS trusts, local councils and the Clinical Commissioning Group "
                    "worked together on it. It went to all staff, key partners and local "
                    "media.</p>"
                ),
            },
            {
                "type": "rich_text",
                "value": (
                    "<p>You can read the summary on our new partnership website, "
                    "www.fitforfuture.org.uk, with a leaflet and a Frequently Asked Questions "
                    "document. We are also using social media to keep people up to date.</p>"
                ),
            },
        ],
        "source": SOURCE_STP,
    },
    {
        "slug": "evidence-for-change-and-assemblies-march-2016",
        "title": "Evidence for Change published and Public Involvement Assemblies held",
        # 001: Evidence for Change "published in March 2016" and assemblies "in March 2016";
        # no day is given, so this uses the first day of March 2016.
        "date": datetime.date(2016, 3, 1),
        "intro": (
            "We published our Evidence for Change and asked local people what they thought of "
            "it at five Public Involvement Assemblies."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>Our Evidence for Change explains why health and care services in "
                    "Cambridgeshire and Peterborough need to change. Its full title is ‘Fit "
                    "for the Future: Working Together to keep people well – Evidence for "
                    "Change’.</p>"
                    "<p>We held Public Involvement Assemblies in Cambridge, Ely, Huntingdon, "
                    "Peterborough and Wisbech. Around 90 people came. They commented on the "
                    "Evidence for Change. They also gave feedback on the criteria we use to "
                    "judge options and on our design principles.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "What happened to the comments", "level": 2}},
            {
                "type": "rich_text",
                "value": (
                    "<p>We collected all the comments in one document and sorted them into "
                    "clinical themes. We shared them with each clinical working group, to "
                    "discuss and use in their planning.</p>"
                    "<p>Our ‘You said, we did’ document reports how we used the comments and "
                    "what changed as a result.</p>"
                    "<p>The Evidence for Change was covered by BBC Radio Cambridgeshire, the "
                    "Fenland Citizen, the Hunts Post and the Healthwatch Cambridgeshire "
                    "newsletter.</p>"
                ),
            },
        ],
        "source": SOURCE_STP,
    },
    {
        "slug": "saturday-cafes-and-assemblies-summer-2015",
        "title": "Saturday Cafes and Public Involvement Assemblies",
        # 001 Appendix 3: Saturday Cafes "June/July 2015" and assemblies "July 2015"; no day
        # is given, so this uses the first day of July 2015, when both were under way.
        "date": datetime.date(2015, 7, 1),
        "intro": (
            "We invited local people to drop-in cafes and assemblies across the area to talk "
            "about the future of health and care."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>In June and July 2015 we held Saturday Cafes in five places: "
                    "Cambridge, Ely, Wisbech, Huntingdon and Peterborough. People could drop "
                    "in, watch a presentation and talk with a member of the team.</p>"
                    "<p>In July 2015, 80 people came to Public Involvement Assemblies in five "
                    "places. They heard about the System Transformation Programme. We asked "
                    "them to work together and think about the pressures on health and care "
                    "services over the next five years, and which services were important to "
                    "them.</p>"
                    "<p>What people told us is reflected in our plan.</p>"
                ),
            },
        ],
        "source": SOURCE_STP,
    },
    {
        "slug": "one-system-one-budget",
        "title": "Health and care partners form a joint board: one system, one budget",
        # 003 has no date. It says the NHS Five Year Forward View was "published in October"
        # and refers to the CCG's "January governing body meeting" in the past, with an
        # expression of interest due "by the end of the month". The Five Year Forward View
        # was published in October 2014 (not stated in the seeds), so the earliest month
        # consistent with the article is February 2015; first day of that month used.
        "date": datetime.date(2015, 2, 1),
        "intro": (
            "Health service providers and commissioners in Cambridgeshire and Peterborough have "
            "formed a joint board to plan together. They hope it will one day share financial "
            "risk across the local health system."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>Hospital trusts, other NHS providers and the Clinical Commissioning "
                    "Group (CCG) have formed a ‘system transformation board’ to plan "
                    "together.</p>"
                    "<p>The board is chaired by the CCG’s chief clinical officer, Neil Modha. "
                    "Its members include the chief executives of provider organisations and "
                    "the directors of adult social care for Cambridgeshire County Council and "
                    "Peterborough City Council. Representatives of Healthwatch Cambridgeshire "
                    "and Healthwatch Peterborough are also involved.</p>"
                    "<p>The board works under the principle of “one system, one budget”, said "
                    "Andy Vowles, chief strategy officer for the CCG.</p>"
                ),
            },
            {
                "type": "inset",
                "value": {
                    "body": (
                        "<p>“We need to avoid the situation where one organisation makes a "
                        "saving and the consequence of that is to shift the cost to somebody "
                        "else.”</p>"
                        "<p>“We all recognise there’s one pot of taxpayers’ money to fund the "
                        "service, and what’s really driving our programme board… is how do "
                        "we collectively plan how to make best use of that budget?”</p>"
                        "<p>Andy Vowles, chief strategy officer, Cambridgeshire and "
                        "Peterborough Clinical Commissioning Group</p>"
                    )
                },
            },
            {"type": "heading", "value": {"text": "Why now", "level": 2}},
            {
                "type": "rich_text",
                "value": (
                    "<p>The organisations began working more closely together after NHS "
                    "England, Monitor and the NHS Trust Development Authority named the area "
                    "as one of 11 ‘challenged health economies’. The board has been running "
                    "for five months.</p>"
                    "<p>The board plans to apply to NHS England to be a ‘vanguard’ site. "
                    "Vanguard sites test the new models of care described in the NHS Five "
                    "Year Forward View.</p>"
                    "<p>A single budget across all health and care organisations could be a "
                    "“possible end point”, but “we wouldn’t go straight there”, Mr Vowles "
                    "said. Each organisation will still make the final decisions that affect "
                    "it, through its own board.</p>"
                    "<p>The board has recruited a cross-system transformation team of CCG "
                    "staff and staff on loan from other organisations. It has also set up a "
                    "£1m ‘transformation fund’, which all the organisations have paid "
                    "into.</p>"
                ),
            },
        ],
        "source": SOURCE_HSJ,
    },
]

# ---------------------------------------------------------------------------
# Frequently asked questions
# ---------------------------------------------------------------------------

FAQ_TOPICS = [
    {
        "title": "About the plan",
        "slug": "about-the-plan",
        "faqs": [
            {
                "question": "What is the Sustainability and Transformation Plan (STP)?",
                "answer": (
                    "<p>It is a five-year plan for health and care in Cambridgeshire and "
                    "Peterborough. The NHS, GP services and local councils wrote it together. "
                    "It aims to improve the health and care of local people and to bring the "
                    "health system back into financial balance.</p>"
                ),
            },
            {
                "question": "Who wrote the plan?",
                "answer": (
                    "<p>Local clinicians led the plan, with chief executives, frontline staff "
                    "and patients. All local NHS organisations and council officers helped to "
                    "write it. More than 200 clinicians and patients sat on the Clinical "
                    "Working Groups that came up with the ideas.</p>"
                    '<p><a href="/our-plan/partners/">See our partners</a>.</p>'
                ),
            },
            {
                "question": "What does ‘Fit for the Future’ mean?",
                "answer": (
                    "<p>Fit for the Future is the name of our programme and website. The plan "
                    "aims to give the best possible care and keep local people fit for the "
                    "future.</p>"
                ),
            },
            {
                "question": "What are the four priorities?",
                "answer": (
                    "<ul>"
                    "<li>At home is best</li>"
                    "<li>Safe and effective hospital care, when needed</li>"
                    "<li>We’re only sustainable together</li>"
                    "<li>Supported delivery</li>"
                    "</ul>"
                    "<p>A 10-point plan sets out how we will deliver them. "
                    '<a href="/our-plan/ten-point-plan/">Read the 10-point plan</a>.</p>'
                ),
            },
            {
                "question": "Will any of the main hospitals close?",
                "answer": (
                    "<p>No. Closing or largely rebuilding any of our main hospitals is not "
                    "part of the five-year plan. The only exception is the move of Papworth "
                    "Hospital to the Cambridge Biomedical Campus, which was already "
                    "planned.</p>"
                ),
            },
            {
                "question": "How long will the changes take?",
                "answer": (
                    "<p>The plan covers five years, but some changes will take longer. In early "
                    "2017 we moved from planning to delivery. Delivery will take place over "
                    "several years. We want to make real changes quickly without overwhelming "
                    "services.</p>"
                ),
            },
        ],
    },
    {
        "title": "Money",
        "slug": "money",
        "faqs": [
            {
                "question": "How big is the money problem?",
                "answer": (
                    "<p>In 2015/16 our organisations overspent by more than £160m. If we do "
                    "nothing, we expect the NHS here to overspend by £504m by 2020/21. Our "
                    "money challenges are bigger than those of any other STP area in "
                    "England.</p>"
                ),
            },
            {
                "question": "What is the £543m challenge?",
                "answer": (
                    "<p>It is the total money challenge over four years:</p>"
                    "<ul>"
                    "<li>a £250m deficit we forecast by 2020/21</li>"
                    "<li>plus £250m of savings the trusts and the Clinical Commissioning Group "
                    "(CCG) already need to make</li>"
                    "<li>plus £43m we need to invest to improve services</li>"
                    "</ul>"
                ),
            },
            {
                "question": "Will the plan balance the books?",
                "answer": (
                    "<p>If the trusts and the CCG make their planned savings and the whole plan "
                    "is delivered, we expect a small NHS surplus of £1.3m by 2020/21. A "
                    "surplus means spending a little less than we have.</p>"
                ),
            },
            {
                "question": "Where will the savings come from?",
                "answer": (
                    "<ul>"
                    "<li>£175m from better patient flow through hospital and more care outside "
                    "hospital</li>"
                    "<li>£190m from lower running and support costs, such as sharing "
                    "back-office work</li>"
                    "<li>£56m from other areas, such as more income and lower debt costs</li>"
                    "</ul>"
                    '<p><a href="/our-plan/the-money/">Read more about the money</a>.</p>'
                ),
            },
            {
                "question": "Why do some documents say £547m and others £543m?",
                "answer": (
                    "<p>They count the challenge in different ways. The full plan adds the "
                    "£504m ‘do nothing’ gap to £43.5m of extra investment, which gives £547m. "
                    "The news release adds a £250m deficit, £250m of planned savings and £43m "
                    "of investment, which gives £543m.</p>"
                ),
            },
        ],
    },
    {
        "title": "Hospitals and local services",
        "slug": "hospitals-and-local-services",
        "faqs": [
            {
                "question": "What is happening to A&E?",
                "answer": (
                    "<p>We will keep all three Accident and Emergency (A&amp;E) departments. "
                    "Cambridge University Hospitals will keep a Specialist Emergency Centre. "
                    "Peterborough and Stamford Hospitals will keep an Emergency Centre. "
                    "Hinchingbrooke will keep its A&amp;E, with a service led by "
                    "physicians.</p>"
                ),
            },
            {
                "question": "What is changing for stroke services?",
                "answer": (
                    "<p>We do worse than the national average on some stroke measures, such as "
                    "clot-busting treatment (thrombolysis) and access to specialist "
                    "rehabilitation. Stroke rehabilitation beds are spread over many "
                    "sites.</p>"
                    "<p>We are looking at putting all bed-based stroke and neurological "
                    "rehabilitation on one site, with a team that supports more people at "
                    "home. We expected to consult the public on this in 2017.</p>"
                    "<p>In 2017/18 we are investing £0.7m in a Stroke Early Supported Discharge "
                    "service, with 35 extra posts.</p>"
                ),
            },
            {
                "question": "Will there be one or two hyperacute stroke units?",
                "answer": (
                    "<p>We looked at this and decided that, for now, we should keep two "
                    "hyperacute stroke units. These give urgent care in the first hours after "
                    "a stroke. We will improve stroke consultant cover at Cambridge University "
                    "Hospitals and Peterborough and Stamford Hospitals.</p>"
                ),
            },
            {
                "question": "What is changing for orthopaedics (bones and joints)?",
                "answer": (
                    "<p>We are thinking about bringing specialist orthopaedic trauma care, such "
                    "as fragility fractures (bones that break easily), together at "
                    "Peterborough and Stamford Hospitals and Cambridge University "
                    "Hospitals.</p>"
                    "<p>We are also looking at doing more simple planned operations at "
                    "Hinchingbrooke, such as routine knee and hip replacements for patients "
                    "with few other health problems. More complex operations would happen at "
                    "Peterborough and Cambridge. We expected to consult the public on this in "
                    "2017.</p>"
                ),
            },
            {
                "question": "Will any maternity units close?",
                "answer": (
                    "<p>No. We looked at our three obstetric (maternity) units, each with a "
                    "midwife-led unit next to it. We decided that all three should stay. The "
                    "units will work more closely together and share best practice.</p>"
                ),
            },
            {
                "question": "What should I do if I need urgent care?",
                "answer": (
                    "<p>Call NHS 111 first. Since October 2016 a new integrated urgent care "
                    "service has replaced the separate NHS 111 and GP out-of-hours services. "
                    "It can book you an appointment with an emergency GP or dentist, or put "
                    "you through to a clinician. If you need it, you will speak to or see a "
                    "clinician within four hours.</p>"
                    "<p>A&amp;E is for serious or life-threatening injury or illness.</p>"
                ),
            },
            {
                "question": "Are Hinchingbrooke and Peterborough and Stamford hospitals merging?",
                "answer": (
                    "<p>At the end of September 2016, the boards of both trusts approved a "
                    "full business case to become one trust with three hospitals: "
                    "Hinchingbrooke, Peterborough and Stamford. The merger was planned for 1 "
                    "April 2017, with full benefits by autumn 2020.</p>"
                ),
            },
        ],
    },
    {
        "title": "Minor injury units",
        "slug": "minor-injury-units",
        "faqs": [
            {
                "question": "Which minor injury units are being looked at?",
                "answer": (
                    "<p>The three Minor Injury Units in East Cambridgeshire and Fenland:</p>"
                    "<ul>"
                    "<li>Doddington Hospital</li>"
                    "<li>North Cambridgeshire Hospital in Wisbech</li>"
                    "<li>Princess of Wales Hospital in Ely</li>"
                    "</ul>"
                ),
            },
            {
                "question": "Has a decision been made?",
                "answer": (
                    "<p>No formal decisions have been taken. We are working with local people "
                    "and organisations on the details of several options. We plan to test the "
                    "first new ways of working, which will lead to more engagement and "
                    "possibly a public consultation before any further changes.</p>"
                ),
            },
            {
                "question": "What is a rural urgent primary care hub?",
                "answer": (
                    "<p>One option is three rural urgent primary care hubs. They would bring "
                    "together local GP, minor injury and community services. GPs, nurses, "
                    "pharmacists and therapists would work there, in and out of hours. The "
                    "hubs would treat minor injuries, minor illness and other urgent "
                    "problems.</p>"
                    "<p>Later they could offer tests on the spot and advice from consultants "
                    "by video link. The aim is that fewer people from rural areas need to go "
                    "into hospital just because there is no other care nearby.</p>"
                ),
            },
            {
                "question": "How many people came to the public meetings?",
                "answer": (
                    "<p>About 650 people came to public meetings in August and September 2016. "
                    "Some venues were too small, so we arranged extra meetings in bigger "
                    "venues. People were pleased to have their say and asked us to hold more "
                    "public meetings.</p>"
                ),
            },
        ],
    },
    {
        "title": "Having your say",
        "slug": "having-your-say",
        "faqs": [
            {
                "question": "How have local people been involved so far?",
                "answer": (
                    "<p>Through Public Involvement Assemblies, Saturday Cafes, public "
                    "meetings, patient groups, Healthwatch and patient representatives on our "
                    'working groups. <a href="/get-involved/">See how people have been '
                    "involved</a>.</p>"
                ),
            },
            {
                "question": "What is a Public Involvement Assembly?",
                "answer": (
                    "<p>It is a meeting where local people discuss and test our ideas and "
                    "give us their views. In July 2015, 80 people came to assemblies in five "
                    "places. In March 2016, around 90 people came to assemblies in Cambridge, "
                    "Ely, Huntingdon, Peterborough and Wisbech. "
                    '<a href="/assemblies/">See upcoming assemblies</a>.</p>'
                ),
            },
            {
                "question": "What is ‘You said, we did’?",
                "answer": (
                    "<p>After the March 2016 assemblies, we sorted every comment into clinical "
                    "themes and shared them with the clinical working groups. Our ‘You said, "
                    "we did’ document reported how we used the comments and what changed as a "
                    "result.</p>"
                ),
            },
            {
                "question": "Will there be a public consultation?",
                "answer": (
                    "<p>Yes, where it is right to do so, before we change services. We expected "
                    "to consult on stroke and orthopaedic services in 2017. Before we consult, "
                    "the Clinical Senate and NHS England check our proposals. "
                    '<a href="/consultations/">See our consultations</a>.</p>'
                ),
            },
            {
                "question": "How can I keep up to date?",
                "answer": (
                    "<p>Visit www.fitforfuture.org.uk, sign up to our monthly online "
                    "newsletter, or follow us on Twitter at @fitforfuturenhs and on Facebook "
                    "at fitforfuturenhs.</p>"
                ),
            },
        ],
    },
]

# ---------------------------------------------------------------------------
# Documents the seeds say were published. "text" is a short plain-text version built only
# from the seeds; the loader turns it into a small file. "published_on" is given only where
# the seeds date the document (first day of the month when only a month is known).
# ---------------------------------------------------------------------------

DOCUMENTS = [
    {
        "title": ("Cambridgeshire and Peterborough Health and Care System Sustainability and Transformation Plan"),
        "doc_type": "report",
        "language": "en",
        # published with the news item of November 2016 (see NEWS)
        "published_on": datetime.date(2016, 11, 1),
        "description": (
            "The full five-year Sustainability and Transformation Plan (STP), October 2016: "
            "why we need to change, our four priorities, the 10-point plan, the money and how "
            "we will deliver it."
        ),
        "text": (
            "Cambridgeshire and Peterborough Health and Care System Sustainability and "
            "Transformation Plan (short text version)\n\n"
            "In Cambridgeshire and Peterborough, the NHS, general practice and local "
            "government have come together to develop a five-year Sustainability and "
            "Transformation Plan (STP). It aims to improve the health and care of our local "
            "population and bring the system back into financial balance. Chief executives, "
            "frontline staff and patients led its development.\n\n"
            "We are struggling to meet the needs of our 900,000+ local residents. Our "
            "population is growing fast and getting older. We face health inequalities, "
            "staff shortages, pressure on our hospitals, and financial challenges greater per "
            "person than any other STP area. If we do nothing, we expect a collective NHS "
            "deficit of £504m by "
            "2020/21.\n\n"
            "Our ambition is to act as one system, jointly accountable for our population's "
            "health and wellbeing, outcomes and experience, within a defined financial "
            "envelope.\n\n"
            "Four priorities for change: At home is best; Safe and effective hospital care, "
            "when needed; We're only sustainable together; Supported delivery. Our 10-point "
            "plan: 1. People powered health and wellbeing. 2. Neighbourhood care hubs. "
            "3. Responsive urgent and expert emergency care. 4. Systematic and standardised "
            "care. 5. Continued world-famous research and services. 6. Partnership working. "
            "7. A culture of learning as a system. 8. Workforce: growing our own. 9. Using "
            "our land and buildings better. 10. Using technology to modernise health.\n\n"
            "If the plan is delivered in full, the projected £504m NHS deficit turns into a "
            "small projected NHS surplus of £1.3m by 2020/21."
        ),
    },
    {
        "title": "How health and care services in Cambridgeshire and Peterborough are changing",
        "doc_type": "summary",
        "language": "en",
        # "published ... in July" 2016; day not stated
        "published_on": datetime.date(2016, 7, 1),
        "description": (
            "Our 12-page draft summary of the Sustainability and Transformation Plan, "
            "published in July 2016. It sets out the 10-point plan in an infographic."
        ),
        "text": (
            "How health and care services in Cambridgeshire and Peterborough are changing "
            "(short text version)\n\n"
            "This is the draft summary of the Cambridgeshire and Peterborough Sustainability "
            "and Transformation Plan (STP), published in July 2016. It outlines our 10-point "
            "plan and what we aim to deliver and improve across the health and care "
            "system.\n\n"
            "The summary was put together with all NHS trusts, local councils and the "
            "Clinical Commissioning Group (CCG). It was given to all staff, key stakeholders "
            "and local media, and is available to the public on www.fitforfuture.org.uk.\n\n"
            "In the summary we forecast that, as a system, we will have a £250m financial "
            "deficit by 2020/21 if nothing changes."
        ),
    },
    {
        "title": "Sustainability and Transformation Plan leaflet",
        "doc_type": "leaflet",
        "language": "en",
        "description": (
            "The leaflet that supports the plan summary and the full Sustainability and Transformation Plan."
        ),
        "text": (
            "Fit for the Future (short text version)\n\n"
            "The NHS and local councils in Cambridgeshire and Peterborough have a five-year "
            "plan to improve health and care and to balance the books. It is called the "
            "Sustainability and Transformation Plan (STP).\n\n"
            "Our four priorities are: At home is best; Safe and effective hospital care, when "
            "needed; We're only sustainable together; Supported delivery.\n\n"
            "Find out more and have your say at www.fitforfuture.org.uk. Follow us on Twitter "
            "@fitforfuturenhs and Facebook fitforfuturenhs."
        ),
    },
    {
        "title": "Frequently Asked Questions: Sustainability and Transformation Plan",
        "doc_type": "faq",
        "language": "en",
        # "Updated Frequently Asked Questions" published with the plan
        "published_on": datetime.date(2016, 11, 1),
        "description": (
            "Updated answers to common questions about the Sustainability and Transformation "
            "Plan, published with the full plan."
        ),
        "text": (
            "Frequently Asked Questions (short text version)\n\n"
            "What is the STP? A five-year plan, written by all local NHS organisations and "
            "local government officers, to improve the health and wellbeing of local people "
            "and make services clinically and financially sustainable.\n\n"
            "How big is the financial challenge? A £250m deficit by 2020/21, plus £250m of "
            "savings and efficiency plans that the trusts and the Clinical Commissioning "
            "Group (CCG) need to deliver, makes £500m over four years. With £43m of "
            "investment to improve services, the total challenge is £543m.\n\n"
            "Can I get involved? Yes. There will be opportunities for staff, patients and "
            "other stakeholders to help develop the solutions and to take part in any formal "
            "consultation."
        ),
    },
    {
        "title": "Fit for the Future: Working Together to keep people well – Evidence for Change",
        "doc_type": "report",
        "language": "en",
        # "published in March 2016"; day not stated
        "published_on": datetime.date(2016, 3, 1),
        "description": (
            "Published in March 2016. It sets out why health and care services in "
            "Cambridgeshire and Peterborough need to change."
        ),
        "text": (
            "Fit for the Future: Working Together to keep people well – Evidence for Change "
            "(short text version)\n\n"
            "This document, published in March 2016, sets out the reasons why health and "
            "care in Cambridgeshire and Peterborough need to change.\n\n"
            "The main gaps are in health and wellbeing (a fast-growing, ageing and diverse "
            "population, and big differences in health between areas), in care and quality "
            "(staff shortages and services that do not always meet national standards), and "
            "in finance and efficiency (we spend more than we have).\n\n"
            "Around 90 people at five Public Involvement Assemblies in March 2016 commented "
            "on the Evidence for Change."
        ),
    },
    {
        "title": "‘You said, we did’: Public Involvement Assemblies, March 2016",
        "doc_type": "report",
        "language": "en",
        "description": (
            "How we used the comments from the March 2016 Public Involvement Assemblies and what changed as a result."
        ),
        "text": (
            "You said, we did: Public Involvement Assemblies, March 2016 (short text "
            "version)\n\n"
            "In March 2016 we held Public Involvement Assemblies in Cambridge, Ely, "
            "Huntingdon, Peterborough and Wisbech. Around 90 people came. They commented on "
            "the Evidence for Change and gave feedback on the evaluation criteria and design "
            "principles.\n\n"
            "All comments were captured in one document and collated into clinical themes. "
            "These were shared with each clinical working group, to discuss in their groups "
            "and workshops and to consider in their planning and redesign.\n\n"
            "The full document reports how the comments and feedback were used and the "
            "changes made as a result."
        ),
    },
    {
        "title": ("Cambridgeshire & Peterborough Sustainability and Transformation Partnership (STP) Update Report"),
        "doc_type": "report",
        "language": "en",
        # report for the committee meeting of 6 November 2017
        "published_on": datetime.date(2017, 11, 6),
        "description": (
            "Update report to the Health Scrutiny Committee, 6 November 2017: progress with "
            "delivery, changes to how the programme is run, and the main risks."
        ),
        "text": (
            "STP Update Report to the Health Scrutiny Committee, 6 November 2017 (short text "
            "version)\n\n"
            "In early 2017 we moved from the planning phase to the delivery phase of the "
            "STP. Six Delivery Groups are at the core of the programme.\n\n"
            "In 2017/18 we focused on creating more community-based services: £2m to expand "
            "the Joint Emergency Team with more than 70 additional staff; £0.7m for a Stroke "
            "Early Supported Discharge service with 35 additional posts; over £6m for "
            "Discharge to Assess with 155 additional posts; £1m for respiratory, stroke "
            "prevention and falls prevention services; and £1.9m of diabetes funding from a "
            "national bid.\n\n"
            "We have set up an STP Board. The report also lists the key strategic risks to "
            "delivering the STP and how we are reducing them."
        ),
    },
    {
        "title": "Understanding Today, Designing Tomorrow: Change Document 2015/16 to 2019/20",
        "doc_type": "report",
        "language": "en",
        # dated "July 2015" in Appendix 1 of the plan; day not stated
        "published_on": datetime.date(2015, 7, 1),
        "description": (
            "Cambridgeshire and Peterborough Health and Care System Transformation Programme "
            "change document, July 2015. One of the public documents that set out the reasons "
            "for change."
        ),
        "text": (
            "Understanding Today, Designing Tomorrow: Change Document 2015/16 to 2019/20, July "
            "2015 (short text version)\n\n"
            "This document from the Cambridgeshire and Peterborough Health and Care System "
            "Transformation Programme is one of the public documents that set out the reasons "
            "why the local health and care system needs to change.\n\n"
            "The Sustainability and Transformation Plan uses it as the source for emergency "
            "bed days in 2013/14. These show very high use of emergency hospital beds by "
            "south Cambridgeshire residents."
        ),
    },
]

CONSULTATION_TOPICS = [
    "Minor injury units",
    "Urgent and emergency care",
    "Stroke",
    "Orthopaedics",
    "Community rehabilitation and community beds",
    "Neighbourhood care",
    "Primary care",
    "Mental health",
    "Children and maternity",
    "Older people and vulnerable adults",
    "Prevention",
    "Ear, nose and throat (ENT)",
    "Cardiology",
    "Cancer",
]

# ---------------------------------------------------------------------------
# Background for the three consultations (001 and 004).
# ---------------------------------------------------------------------------

MIU = {
    "title": "Minor injury units in East Cambridgeshire and Fenland",
    "summary": (
        "The future of the Minor Injury Units (MIUs) at Doddington Hospital, North "
        "Cambridgeshire Hospital in Wisbech and Princess of Wales Hospital in Ely, and the "
        "idea of three rural urgent primary care hubs."
    ),
    "background": [
        {"type": "heading", "value": {"text": "What we reviewed", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>We reviewed the three minor injuries units in East Cambridgeshire and "
                "Fenland:</p>"
                "<ul>"
                "<li>Doddington Hospital</li>"
                "<li>North Cambridgeshire Hospital in Wisbech</li>"
                "<li>Princess of Wales Hospital in Ely</li>"
                "</ul>"
                "<p>We talked with the public, providers and other groups about a range of "
                "options for the future. We want local urgent care that is more joined up, "
                "works well and makes good use of money. It must suit the rural area, its "
                "poorer communities and its population.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "What people told us", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>In August and September 2016, the Clinical Commissioning Group (CCG) held "
                "meetings with local councillors and members of parliament, and a series of "
                "public meetings. Some venues were too small for the number of people who "
                "wanted to come, so extra meetings were held in much bigger venues.</p>"
                "<p>About 650 people came. People were pleased to have their say and told us "
                "to hold more public meetings. They asked whether this was a formal "
                "consultation and when the engagement would end.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "The options", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>No formal decisions have been taken. One option is to develop three rural "
                "urgent primary care hubs. At first they would join up local GP, minor injury "
                "and community services. Later they would add tests on the spot "
                "(point-of-care testing) and consultant advice by video link "
                "(telemedicine).</p>"
                "<p>The hubs would deal with minor injuries, a wider range of minor illness "
                "and urgent care. GPs, nurses, pharmacists, therapists and others would work "
                "there, in and out of hours. They could arrange a step up to community or "
                "bed-based intermediate care.</p>"
                "<p>For local people, this would mean clearer, more consistent and joined-up "
                "access to urgent advice and treatment. Fewer people from rural areas would "
                "need to go into hospital just because there is no other care nearby.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Buildings", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>This links to our plans to redevelop local community hospital sites with "
                "modern buildings over the next three to five years. The Princess of Wales "
                "Hospital in Ely and North Cambridgeshire Hospital in Wisbech are obvious "
                "places for new neighbourhood hubs. Outline plans for these sites have already "
                "been drawn up.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "What happens next", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>We planned to develop and test the first phase of the new urgent primary "
                "care models over 12 months. This will lead to more engagement and, possibly, "
                "consultation before later phases. We are also analysing all the options "
                "people put forward.</p>"
                "<p>We presented our proposals for urgent care services in Wisbech, Ely and "
                "Doddington, including the future of the Minor Injury Units, to the East of "
                "England Clinical Senate for a ‘Stage 1 Review’. The Clinical Senate approves "
                "of the proposals in principle. A ‘stage 2 review’ was planned for summer "
                "2017.</p>"
            ),
        },
    ],
    "facts": [
        "There are three Minor Injury Units (MIUs) in East Cambridgeshire and Fenland: at "
        "Doddington Hospital, North Cambs Hospital in Wisbech and Princess of Wales Hospital in "
        "Ely.",
        "In August and September 2016, the CCG began an intensive period of public and "
        "stakeholder engagement on the future of minor injury services.",
        "Approximately 650 people attended the public meetings.",
        "Some of the first public meetings were too popular for their venues; additional "
        "meetings were arranged in much larger venues.",
        "The CCG also met local councillors and members of parliament.",
        "No formal decisions have been taken.",
        "Options include three rural urgent primary care hubs, integrating local primary, MIU "
        "and community services, later adding point-of-care testing and consultant support by "
        "telemedicine.",
        "The first phase of the new urgent primary care models was to be developed and tested "
        "over the next 12 months, informing further engagement and, potentially, "
        "consultation.",
        "Local community hospital sites are to be redeveloped over the next three to five "
        "years; Princess of Wales Hospital, Ely and North Cambridgeshire Hospital, Wisbech are "
        "obvious locations for new neighbourhood hubs.",
        "Proposals for urgent care services in Wisbech, Ely and Doddington went to the East of "
        "England Clinical Senate for a Stage 1 Review; a stage 2 review was planned for "
        "summer 2017.",
        "The Cambridgeshire Health and Wellbeing Board discussed the link between Wisbech and "
        "Doddington hospitals and Queen Elizabeth Hospital, King’s Lynn.",
        "The plan notes a risk that local councillors in East Cambridgeshire may oppose "
        "changes to MIUs and community beds, as many of these are located there.",
        "A separate proposal was to move the Minor Illness and Injury Unit (MIIU) from "
        "Peterborough City Care Centre to the Peterborough and Stamford Hospitals site.",
    ],
}

STROKE = {
    "title": "Stroke rehabilitation",
    "summary": (
        "How we could improve stroke and neurological rehabilitation, including bringing "
        "bed-based rehabilitation onto a single site and more support at home."
    ),
    "background": [
        {"type": "heading", "value": {"text": "Why change stroke services", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>National figures show that Cambridgeshire and Peterborough does worse than "
                "the national average on several important stroke measures. These include "
                "thrombolysis (clot-busting treatment) rates and access to specialist "
                "rehabilitation and early supported discharge.</p>"
                "<p>Hospital and community bed-based stroke and neurological rehabilitation is "
                "split across many sites. We also expect a shortage of specialist stroke "
                "consultants.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "What we are considering", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<ul>"
                "<li>Giving all bed-based stroke and neurological rehabilitation on a single "
                "site.</li>"
                "<li>A properly resourced supported discharge team, so many more patients can "
                "have rehabilitation and support at home.</li>"
                "<li>Dedicated hospital and community rehabilitation teams, so staff can "
                "specialise and patients get better results.</li>"
                "</ul>"
                "<p>There would also be savings, because fewer staff would be needed and "
                "people would stay in hospital for less time on average. We expected to "
                "consult the public on these proposals in 2017.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Hyperacute stroke units", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>We considered whether we need one or two hyperacute stroke units. We "
                "decided that, for now, we should keep two. We will invest in staff, including "
                "more stroke consultant cover at Cambridge University Hospitals and "
                "Peterborough and Stamford Hospitals, so that patients are seen and treated "
                "quickly.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Progress in 2017", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>In 2017/18 we are investing £0.7m in a Stroke Early Supported Discharge "
                "(ESD) service. It gives intensive support to help stroke patients leave "
                "hospital, and neurological rehabilitation at home. Therapy staff will rotate "
                "between hospitals, community rehabilitation teams and the stroke ESD team. We "
                "are recruiting to 35 extra posts.</p>"
                "<p>To prevent strokes, we are finding more people with atrial fibrillation, a "
                "heart problem that is a big risk factor, and giving them medicine earlier.</p>"
            ),
        },
        {
            "type": "details",
            "value": {
                "summary": "What people have said about stroke services",
                "body": (
                    "<p>At the Thorpe Road Practice Patient Group, people were “Concerned "
                    "about stroke services without neurosurgery.”</p>"
                    "<p>The plan notes that councillors in Peterborough may be concerned that "
                    "centralising services could make health inequalities worse, given already "
                    "poor outcomes for stroke and cardiovascular disease.</p>"
                ),
            },
        },
    ],
    "facts": [
        "Cambridgeshire and Peterborough performs below the national average on a number of "
        "leading stroke indicators, including thrombolysis rates and access to specialist "
        "rehab and early supported discharge.",
        "Inpatient and community bed-based stroke and neurological rehabilitation is fragmented across multiple sites.",
        "Option under consideration: all bed-based stroke and neurological rehabilitation on a "
        "single site, with a properly resourced enhanced supported discharge team.",
        "Public consultation on these proposals was expected in 2017.",
        "The plan concluded that, at present, two hyperacute stroke units should be retained.",
        "Stroke consultant cover is to be enhanced at both CUHFT and PSHFT.",
        "An early supported discharge service across Cambridgeshire and Peterborough was being considered.",
        "The plan expects shortages of specialist consultants in areas including stroke.",
        "Proposals to enhance stroke rehabilitation and centralise stroke and neurology "
        "rehabilitation beds went to the East of England Clinical Senate for a Stage 1 Review; "
        "a stage 2 review was planned for summer 2017.",
        "Savings opportunity over two years from common pathways (frailty, stroke, "
        "ophthalmology, ENT, cardiology and orthopaedics): £5.3m.",
        "November 2017: £0.7m invested in a Stroke Early Supported Discharge service, recruiting 35 additional posts.",
        "November 2017: £1m invested in respiratory, stroke prevention and falls prevention services.",
        "Age-standardised deaths from cardiovascular disease in under-75s, 2012-14: 58.8 per "
        "100,000 in Cambridgeshire and 89.6 per 100,000 in Peterborough.",
    ],
}

ORTHOPAEDICS = {
    "title": "Orthopaedics",
    "summary": (
        "Where planned and emergency bone and joint (orthopaedic) care should happen across "
        "Hinchingbrooke, Peterborough and Cambridge."
    ),
    "background": [
        {"type": "heading", "value": {"text": "How the proposals were developed", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>Orthopaedics is the care of bones and joints. We developed our proposals "
                "after talking with clinicians from every provider organisation. We also "
                "looked at high-performing orthopaedic services elsewhere, such as in "
                "Northumbria and Brighton.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "What we are considering", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<ul>"
                "<li><strong>Specialist trauma care:</strong> bringing specialised orthopaedic "
                "trauma services, such as fragility fractures, together at Peterborough and "
                "Stamford Hospitals and Cambridge University Hospitals, to give a higher "
                "standard of care.</li>"
                "<li><strong>Planned operations:</strong> doing more simple (low-complexity) "
                "operations at Hinchingbrooke, for example routine knee and hip replacements "
                "for patients with few other health conditions. More complex orthopaedic "
                "operations would happen at Peterborough and Stamford Hospitals and Cambridge "
                "University Hospitals.</li>"
                "</ul>"
                "<p>We expect these changes to improve the quality and sustainability of "
                "services at all three sites. We expected to consult the public on these "
                "proposals in 2017.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Why", "level": 2}},
        {
            "type": "rich_text",
            "value": (
                "<p>Hinchingbrooke has spare capacity for planned care, including unused "
                "operating theatre space and closed beds. Cambridge University Hospitals is "
                "usually very full.</p>"
                "<p>We will also pilot a single way of buying supplies in orthopaedics, by "
                "buying all joint kits together.</p>"
            ),
        },
    ],
    "facts": [
        "Proposals were developed following extensive engagement with clinicians across all "
        "provider organisations and reviews of high performing services in Northumbria and "
        "Brighton.",
        "Under consideration: centralising specialised orthopaedic trauma services (such as "
        "fragility fractures) at PSHFT and CUHFT.",
        "Under investigation: more low-complex procedures at HHCT (for example routine knee "
        "and hip replacements for patients with few comorbidities), and high-complexity "
        "orthopaedics centralised at PSHFT and CUHFT.",
        "These reconfigurations are expected to improve the quality and sustainability of services at all three sites.",
        "Public consultation on these proposals was expected in 2017.",
        "HHCT has spare elective capacity, unused theatre space and closed beds; CUHFT "
        "typically operates at very high occupancy.",
        "A single approach to procurement was to be developed in 2017/18 and piloted in "
        "orthopaedics through joint procurement of all joint kits.",
        "Savings opportunity over two years from common pathways (frailty, stroke, "
        "ophthalmology, ENT, cardiology and orthopaedics): £5.3m.",
        "CUHFT will continue to focus on musculoskeletal disorders, potentially including a "
        "Movement Centre to research regenerative medicine for early stage arthritis.",
    ],
}

# ---------------------------------------------------------------------------
# Appendix 3 of the STP: the "Engagement activity" table, every row in the seed's order.
# "activity" and "approach" are the seed's text with only line-wrapping removed (seed
# spellings such as "Cambirdgeshire" and "Heath and Care Executive" are kept).
# ---------------------------------------------------------------------------

ACTIVITY_GROUP_TYPES = [
    "Patient group",
    "Health and Wellbeing Board",
    "Council and scrutiny",
    "Public event",
    "Staff",
    "Healthwatch",
    "Communications",
    "Professional network",
    "Partnership board",
]

ACTIVITY_LOG = [
    {
        "activity": "Staff engagement through CCG, trusts’ and councils’ regular communications",
        "group_type": "Staff",
        "approach": (
            "Staff communications include intranet, staff newsletters, and staff briefings. "
            "Staff are also directed to the new Fit for the Future website.\n\n"
            "In August 2015, the STP team held a clinical roadshow and undertook iPad surveys "
            "and talked to clinicians, staff, and the public across the clinical and local "
            "authority buildings. 141 people were spoken to.\n\n"
            "Clinicians involved in the STP are piloting different ways to keep people updated "
            "on the programme. The Urgent and Emergency Care Clinical Working Group has a video "
            "blog: “Tell us what you think!”\n\n"
            "A summary of the Heath and Care Executive and Clinical Advisory Group meeting are "
            "produced and cascaded to staff."
        ),
    },
    {
        "activity": "Cam Health Patient Forum",
        "group_type": "Patient group",
        "approach": "Presentations made on request.",
    },
    {
        "activity": "Cambridgeshire Health and Wellbeing Board",
        "group_type": "Health and Wellbeing Board",
        "approach": (
            "Regular discussions including specific topics, as requested, such as Wisbech and "
            "Doddington hospitals link to Queen Elizabeth Hospital, King’s Lynn and closer "
            "working with local authority and health, as well as regular STP presentations. "
            "Workshops held on Sustainability and Transformation Plan."
        ),
    },
    {
        "activity": "Cambirdgeshire Health and Wellbeing Support Group",
        "group_type": "Health and Wellbeing Board",
        "approach": (
            "Regular discussions including specific topics, as requested, as well as standard "
            "presentations and updates on governance and plan development."
        ),
    },
    {
        "activity": "Cambridgeshire Health Committee/Healthwatch liaison meeting",
        "group_type": "Council and scrutiny",
        "approach": (
            "Discussion was around the link between local authority and Health and Wellbeing "
            "Boards, to include patient experience in the design principles and to highlight why "
            "things will be better, to create a positive impact."
        ),
    },
    {
        "activity": "CATCH Patient Forum",
        "group_type": "Patient group",
        "approach": (
            "The planned hospital care workstream presented its proposed ‘elective care’ pathway "
            "to gain feedback on its approach."
        ),
    },
    {
        "activity": "Fenland Health and Wellbeing Partnership",
        "group_type": "Partnership board",
        "approach": "Sent link to Evidence for Change document.",
    },
    {
        "activity": "Fulbourn Patient Participation Group",
        "group_type": "Patient group",
        "approach": "Standard presentation was made to the group.",
    },
    {
        "activity": "GP Local Commissioning Group Board",
        "group_type": "Professional network",
        "approach": (
            "Discussions covered role of CAG Chair, size of the financial gap, underfunding and "
            "transformation funding, role of provider boards, and impact and focus on what we "
            "will decommission."
        ),
    },
    {
        "activity": "Hinchingbrooke Hospital Patient Experience Group",
        "group_type": "Patient group",
        "approach": (
            "Presentation on the Summary Sustainability and Transformation Plan and answer "
            "questions on the impact on Hinchingbrooke Hospital services and patients."
        ),
    },
    {
        "activity": "Huntingdonshire Patients Congress",
        "group_type": "Patient group",
        "approach": (
            "Discussions covered the UnitingCare contract and the skills to take the STP "
            "forward, the need to have care homes and health joined up working/thinking, and to "
            "have conversations on fair use of the NHS. Regular discussions including specific "
            "topics, as requested, as well as standard presentations and updates on governance "
            "and plan development."
        ),
    },
    {
        "activity": "Huntingdonshire Strategic Partnership Health and Wellbeing Board",
        "group_type": "Partnership board",
        "approach": (
            "Discussions were around making sure that national initiatives link to local "
            "solutions. ‘Generational solutions’ in that young people do things differently and "
            "not forget the percentage of the population that will need face-to-face care. The "
            "group asked about risks and to make sure that public consultation is meaningful. "
            "Latest on PSHFT/HHCT merger. Regular discussions including specific topics, as "
            "requested, as well as standard presentations and updates on governance and plan "
            "development."
        ),
    },
    {
        "activity": "Huntingdonshire Scrutiny Committee",
        "group_type": "Council and scrutiny",
        "approach": (
            "Questions covered identifying risks, housing, palliative care, the benefit for "
            "Hinchingbrooke Hospital, how population growth and needs will be met, addressing "
            "workforce issues, attracting GPs, and the need to work together on information. "
            "Latest on PSHFT/HHCT merger. Regular discussions including specific topics, as "
            "requested, as well as standard presentations and updates on governance and plan "
            "development."
        ),
    },
    {
        "activity": "Jenner Health Centre Patient Participation Group",
        "group_type": "Patient group",
        "approach": "Standard presentation was made to the group.",
    },
    {
        "activity": ("Joint Cambridgeshire Health and Wellbeing Board, Scrutiny and Adults Committee seminar"),
        "group_type": "Council and scrutiny",
        "approach": (
            "The seminar received a presentation on the approach and emerging solutions. They "
            "also had discussion groups on ensuring the STP is a success, their support for "
            "plans to change the way the NHS organisations work and how local authorities play a "
            "greater role. They explored the implications for representative of local residents, "
            "how all can work together during the implementation phase, and how they can be kept "
            "up to date with progress."
        ),
    },
    {
        "activity": "Media",
        "group_type": "Communications",
        "approach": (
            "The Evidence for Change received wide coverage including BBC Radio Cambridgeshire, "
            "Fenland Citizen, Hunts Post, and Healthwatch Cambridgeshire newsletter. Summary "
            "plan provided and responses to questions and interviews given."
        ),
    },
    {
        "activity": "Newsletter",
        "group_type": "Communications",
        "approach": (
            "The monthly online newsletter was introduced in April 2016 and covers programme "
            "updates, working group activity, and vanguard news. It is issued to the CCG’s and "
            "STP's stakeholder list, and to all staff via the communications leads."
        ),
    },
    {
        "activity": "Older Persons Lesbian, Gay, Bisexual, Transgender Network Meeting",
        "group_type": "Patient group",
        "approach": (
            "Presentation on the scope of the ‘Fit for the Future’ programme, and ways in which "
            "this might address issues affecting older Lesbian, Gay, Bisexual, Transgender "
            "people."
        ),
    },
    {
        "activity": "Peterborough Health and Wellbeing Board",
        "group_type": "Health and Wellbeing Board",
        "approach": (
            "Discussions covered the need for council officers and members being more involved, "
            "joining up with Better Care Fund and the prevention strategy, and converting to "
            "delivery. Workshops held on Sustainability and Transformation Plan."
        ),
    },
    {
        "activity": "Peterborough Health and Wellbeing Board and Scrutiny briefings",
        "group_type": "Council and scrutiny",
        "approach": (
            "The groups were supportive of the approach and didn’t express concerns regarding "
            "the impact on local services. They asked if the NHS precept could raise the gap in "
            "funds and if we had considered NHS fraud in our calculations. They wanted to see "
            "better training of care home staff. The groups requested to be kept up to date with "
            "major changes. Subsequently undertaken regular discussions including specific "
            "topics, as requested, as well as standard presentations and updates on governance "
            "and plan development."
        ),
    },
    {
        "activity": "Healthwatch Peterborough Focus Group",
        "group_type": "Healthwatch",
        "approach": (
            "The group was convened to give feedback on the Proactive Care and Prevention "
            "workstream. The group gave feedback on the language used on the pathways being "
            "developed. Attendees queried the meaning of the language and the aims of the "
            "approach. They also shared how the vision of the workstream related to their "
            "experiences."
        ),
    },
    {
        "activity": "Pharmacy Eastern Network",
        "group_type": "Professional network",
        "approach": (
            "Presentation on the latest development with the Sustainability and Transformation "
            "Plan and answer questions on the impact for pharmacy colleagues."
        ),
    },
    {
        "activity": "Public Health Reference Group",
        "group_type": "Professional network",
        "approach": (
            "Discussions covered Cambridgeshire Healthy Weight Strategy, improving physical "
            "activity levels, and on engagement and rate of plan formation."
        ),
    },
    {
        "activity": "Public Involvement Assemblies – July 2015",
        "group_type": "Public event",
        "approach": (
            "80 people attended the five locations to have an introduction to the System "
            "Transformation Programme, asking members of the public to work together and "
            "consider the pressures and issues that face health and related care services over "
            "the next five years. Information was shared with the assembly, and they were asked "
            "what services were important to them."
        ),
    },
    {
        "activity": (
            "Public Involvement Assemblies – March 2016: Cambridge, Ely, Huntingdon, Peterborough, and Wisbech"
        ),
        "group_type": "Public event",
        "approach": (
            "Around 90 people who attended the five assemblies commented on the Evidence for "
            "Change and gave feedback on the evaluation criteria and design principles. All "
            "comments were captured in an overall document and collated into clinical themes. "
            "These were shared with each clinical working group, to be discussed in their groups "
            "and workshops, and for consideration in their planning and redesign processes. A "
            "‘You said, We did’ document reported how the comments and feedback was used and "
            "changes made as a result."
        ),
    },
    {
        "activity": "Public Service Board",
        "group_type": "Partnership board",
        "approach": (
            "The group was keen to know more of the detail so that impacts could be shared "
            "across the system and that shared opportunities are not missed. They were "
            "particularly interested in the role they can play jointly in the planning around "
            "mental health. They wanted to know what will change because of the size of the gap "
            "and they wanted to be involved earlier rather than later. They wanted to know the "
            "links with the county council’s ambitious transformation programme. Regular "
            "discussions including specific topics, as requested, as well as standard "
            "presentations and updates on governance and plan development."
        ),
    },
    {
        "activity": "Saturday Cafes June/July 2015",
        "group_type": "Public event",
        "approach": (
            "The Saturday Cafes were held across the area as drop-in interactive sessions to "
            "watch a presentation and have a conversation with a member of the STP team. Held in "
            "five locations in Cambridge, Ely, Wisbech, Huntingdon, and Peterborough."
        ),
    },
    {
        "activity": "Social media",
        "group_type": "Communications",
        "approach": (
            "Social media was used to promote the Evidence for Change and the Public Involvement "
            "Assemblies. ’Fit for the Future’ has a Twitter and Facebook account, and the CCG’s "
            "Instagram was also used. The latest social media campaign saw the number of times "
            "Twitter users saw our tweets grow by over 20,000. Social media used for publication "
            "of the summary document and a campaign in August and September kept the plan in the "
            "public eye."
        ),
    },
    {
        "activity": "St Ives Community Fair",
        "group_type": "Public event",
        "approach": (
            "The event was well attended and was a good opportunity to talk about STP. Some "
            "people had knowledge of the programme, some didn’t, but general feedback was "
            "positive and keen to know more, with particular interest from community/volunteer "
            "groups."
        ),
    },
    {
        "activity": "Thorpe Road Practice Patient Group",
        "group_type": "Patient group",
        "approach": (
            "Concerns were expressed around the ability to save money, especially the £250m. "
            "That it won’t save money for the hospitals and need to get rid of both financial "
            "and commissioning barriers. Concerned about stroke services without neurosurgery."
        ),
    },
    {
        "activity": "Website",
        "group_type": "Communications",
        "approach": (
            "The CCG hosted previous STP web pages for the early Sustainability and "
            "Transformation Plan and Evidence for Change material.\n\n"
            "A new Sustainability and Transformation Plan partnership website has been set up – "
            "www.fitforfuture.org.uk. This hosts the Summary plan, leaflet, details of the "
            "working groups, and the latest news and events."
        ),
    },
]
