"""The fixed texts of the demo data set: organisations, people, projects, methods, work items."""

from __future__ import annotations

from dataclasses import dataclass

from improve_desktop.domain.enums import ClusterRole, ItemKind

ORGANISATIONS = (
    ("Samordningsförbundet Skellefteå", "Skellefteå"),
    ("Samordningsförbundet Lycksele", "Lycksele"),
    ("Samordningsförbundet Umeå", "Umeå"),
)

# (name, affiliation, organisation index)
PEOPLE = (
    ("Anna Lindqvist", "Förbundschef, Samordningsförbundet Skellefteå", 0),
    ("Erik Burström", "Sektionschef, Arbetsförmedlingen Skellefteå", 0),
    ("Maria Holmgren", "Enhetschef, Försäkringskassan Skellefteå", 0),
    ("Johan Nordin", "Verksamhetschef, Region Västerbotten", 0),
    ("Karin Öberg", "Socialchef, Skellefteå kommun", 0),
    ("Sara Lundberg", "Projektledare, Vägen vidare", 0),
    ("Fredrik Marklund", "Projektledare, Unga på väg", 0),
    ("Lena Sjöström", "Förbundschef, Samordningsförbundet Lycksele", 1),
    ("Per Jonsson", "Arbetsmarknadschef, Lycksele kommun", 1),
    ("Elin Granberg", "Projektledare, Hälsa som resurs", 1),
    ("Mats Westerlund", "Förbundschef, Samordningsförbundet Umeå", 2),
    ("Ingrid Nyström", "Enhetschef, Försäkringskassan Umeå", 2),
    ("Ahmed Hassan", "Sektionschef, Arbetsförmedlingen Umeå", 2),
    ("Sofia Eriksson", "Verksamhetschef psykiatri, Region Västerbotten", 2),
    ("Jonas Berglund", "Projektledare, IPS Umeå", 2),
    ("Linnea Wikström", "Projektledare, Språk och arbete", 2),
    ("Hanna Strand", "Utvecklingsledare, Samordningsförbundet Umeå", 2),
)

# (code, name, organisation index, description, [(person index, role)])
CLUSTERS = (
    (
        "SK",
        "Styrgruppskluster Skellefteå",
        0,
        "Gemensam styrgrupp för förbundets insatser för unga och för personer långt från "
        "arbetsmarknaden i Skellefteå.",
        (
            (0, ClusterRole.CHAIR),
            (1, ClusterRole.MEMBER),
            (2, ClusterRole.MEMBER),
            (3, ClusterRole.MEMBER),
            (4, ClusterRole.MEMBER),
            (6, ClusterRole.SECRETARY),
        ),
    ),
    (
        "UL",
        "Styrgruppskluster Umeå–Lycksele",
        2,
        "Styrgrupp för de gemensamma ESF-projekten i Umeå och Lycksele med fokus på hälsa, "
        "IPS och språk.",
        (
            (10, ClusterRole.CHAIR),
            (7, ClusterRole.MEMBER),
            (8, ClusterRole.MEMBER),
            (11, ClusterRole.MEMBER),
            (12, ClusterRole.MEMBER),
            (13, ClusterRole.MEMBER),
            (16, ClusterRole.SECRETARY),
            (9, ClusterRole.ADJUNCT),
        ),
    ),
)

# (code, name_sv, name_en, description)
METHODS = (
    ("IPS", "Individanpassat stöd till arbete (IPS)", "Individual Placement and Support (IPS)",
     "Evidensbaserad modell för supported employment: snabb jobbsökning, stöd på arbetsplatsen."),
    ("SE", "Supported Employment", "Supported Employment",
     "Stöd till arbete i fem steg: introduktion, kartläggning, jobbsökning, stöd på jobbet."),
    ("MI", "Motiverande samtal (MI)", "Motivational interviewing (MI)",
     "Samtalsmetod som stärker deltagarens egen motivation till förändring."),
    ("KART", "Kartläggning av arbetsförmåga", "Work capacity assessment",
     "Strukturerad kartläggning av resurser och hinder, t.ex. med AWP eller DOA."),
    ("ARBTR", "Arbetsträning", "Work training",
     "Träning i arbetsrelaterade färdigheter på en riktig arbetsplats eller i intern verksamhet."),
    ("HALSA", "Hälsofrämjande insatser", "Health promotion",
     "Fysisk aktivitet, sömn, kost och stresshantering i grupp och individuellt."),
    ("SPRAK", "Språkstöd i arbetet", "Language support at work",
     "Yrkessvenska och språkombud på arbetsplatsen."),
    ("ARBG", "Arbetsgivarsamverkan", "Employer engagement",
     "Kontakter med arbetsgivare, matchning och arbetsgivarträffar."),
    ("PEER", "Brukarstöd (peer support)", "Peer support",
     "Stöd från personer med egen erfarenhet av långvarig arbetslöshet eller ohälsa."),
    ("SAMV", "Samordnad rehabilitering", "Coordinated rehabilitation",
     "Gemensam planering med Arbetsförmedlingen, Försäkringskassan, regionen och kommunen."),
    ("DIGI", "Digital delaktighet", "Digital inclusion",
     "Stöd att använda e-tjänster, BankID och digitala möten."),
)


@dataclass(frozen=True)
class DemoProject:
    code: str
    name: str
    organisation: int
    cluster: int | None
    manager: int
    programme_area: str
    budget_sek: int
    purpose: str
    methods: tuple[str, ...]  # the methods this project mostly uses
    goals: tuple[str, ...]  # one goal per iteration


PROJECTS = (
    DemoProject(
        "SKE-VV",
        "Vägen vidare",
        0,
        0,
        5,
        "ESF+ Programområde B – Ökade övergångar till arbete",
        14_800_000,
        "Fler personer som står långt från arbetsmarknaden i Skellefteå ska komma i arbete "
        "eller studier genom samordnat stöd från fyra huvudmän.",
        ("IPS", "MI", "ARBG", "SAMV"),
        (
            "Rutiner för gemensam inskrivning med AF och FK är på plats",
            "Tio deltagare har en kartläggning och en individuell plan",
            "Första arbetsgivarträffen är genomförd",
            "Fem deltagare har påbörjat arbetsträning",
            "Uppföljningsrutin för avslutade deltagare är testad",
            "Lägesrapport till styrgruppen och plan för vårens rekrytering",
        ),
    ),
    DemoProject(
        "SKE-UNG",
        "Unga på väg",
        0,
        0,
        6,
        "ESF+ Programområde C – Social inkludering",
        9_600_000,
        "Unga 16–29 år som varken arbetar eller studerar får stöd att hitta tillbaka till "
        "studier eller arbete, med fokus på hälsa och sammanhang.",
        ("MI", "HALSA", "PEER", "DIGI"),
        (
            "Uppsökande arbete tillsammans med KAA-ansvariga är igång",
            "Gruppverksamhet med hälsofokus startar",
            "Brukarstödjare är rekryterade och introducerade",
            "Studiebesök på tre gymnasieprogram och två arbetsplatser",
            "Digital vägledning finns för unga som inte vill komma till kontoret",
            "Utvärdering av gruppverksamheten med deltagarna",
        ),
    ),
    DemoProject(
        "LYC-HR",
        "Hälsa som resurs",
        1,
        1,
        9,
        "Finsam – samordnad rehabilitering",
        6_200_000,
        "Personer med långvarig sjukskrivning i Lycksele och inlandskommunerna får ett "
        "hälsofrämjande stöd som gör återgång i arbete möjlig.",
        ("HALSA", "KART", "SAMV", "ARBTR"),
        (
            "Samverkansrutin med vårdcentralerna är förankrad",
            "Första hälsogruppen i Lycksele startar",
            "Kartläggning av arbetsförmåga för åtta deltagare",
            "Distansdeltagande för Storuman och Sorsele fungerar",
            "Arbetsträningsplatser i kommunens verksamheter är klara",
            "Uppföljning av deltagarnas hälsoskattning",
        ),
    ),
    DemoProject(
        "UME-IPS",
        "IPS Umeå",
        2,
        1,
        14,
        "ESF+ Programområde B – Ökade övergångar till arbete",
        18_500_000,
        "Personer med psykisk ohälsa i Umeå får arbete på den öppna arbetsmarknaden med "
        "individanpassat stöd enligt IPS, med troget genomförande av modellen.",
        ("IPS", "ARBG", "MI", "SAMV"),
        (
            "IPS-handledarna har genomfört trohetsskattning",
            "Integrering av IPS i psykiatrins behandlingsteam",
            "Tjugo arbetsgivarkontakter per handledare och månad",
            "Stöd på arbetsplatsen utan tidsgräns är beskrivet",
            "Förbättringsplan efter trohetsskattning nummer två",
            "Resultatredovisning till styrgruppen",
        ),
    ),
    DemoProject(
        "UME-SPR",
        "Språk och arbete",
        2,
        1,
        15,
        "ESF+ Programområde B – Ökade övergångar till arbete",
        11_200_000,
        "Utrikes födda kvinnor i Umeå som står långt från arbetsmarknaden stärker sin "
        "yrkessvenska och får sitt första jobb i vård, omsorg och service.",
        ("SPRAK", "ARBTR", "DIGI", "ARBG"),
        (
            "Yrkessvenska i vård och omsorg startar i två grupper",
            "Språkombud är utbildade på fem arbetsplatser",
            "Praktikplatser inom äldreomsorgen är matchade",
            "Digital grundkurs för deltagare utan BankID",
            "Validering av tidigare yrkeserfarenhet",
            "Plan för spridning av arbetssättet till ordinarie verksamhet",
        ),
    ),
)

# Backlog item title parts: (kind, text) combined with a subject, so that every project gets
# varied but believable items.
ITEM_TEMPLATES = (
    (ItemKind.ACTIVITY, "Kartläggningssamtal med {subject}"),
    (ItemKind.ACTIVITY, "Arbetsgivarträff: {subject}"),
    (ItemKind.ACTIVITY, "Gruppträff om {subject}"),
    (ItemKind.STORY, "Som deltagare vill jag få stöd med {subject}"),
    (ItemKind.STORY, "Som handledare vill jag kunna följa upp {subject}"),
    (ItemKind.STORY, "Som styrgrupp vill vi se resultat för {subject}"),
    (ItemKind.TASK, "Ta fram underlag om {subject}"),
    (ItemKind.TASK, "Boka lokal och bjud in till träff om {subject}"),
    (ItemKind.TASK, "Uppdatera rutinbeskrivning för {subject}"),
    (ItemKind.IMPROVEMENT, "Förbättra överlämningen kring {subject}"),
    (ItemKind.IMPROVEMENT, "Kortare väntetid för {subject}"),
    (ItemKind.RISK, "Risk: personalomsättning påverkar {subject}"),
    (ItemKind.RISK, "Risk: för få remisser gällande {subject}"),
)

ITEM_SUBJECTS = (
    "arbetsträning",
    "stöd på arbetsplatsen",
    "ekonomisk rådgivning",
    "hälsoskattning",
    "sömn och återhämtning",
    "ansökan om lönebidrag",
    "körkortsteori",
    "yrkessvenska",
    "cv och personligt brev",
    "digitala möten",
    "samordning med vårdcentralen",
    "avstämningsmöten med FK",
    "inskrivning hos AF",
    "deltagare i glesbygd",
    "föräldrar med små barn",
    "unga utan gymnasieexamen",
    "matchning mot lediga jobb",
    "praktik inom handeln",
    "praktik inom äldreomsorgen",
    "bygg och anläggning",
    "fysisk aktivitet",
    "motivationsarbete",
    "studiebesök",
    "uppföljning efter avslut",
    "trohetsskattning",
    "deltagarnas synpunkter",
)

ACCEPTANCE = (
    "Genomfört och dokumenterat i deltagarens plan.",
    "Avstämt med berörda huvudmän; beslut noterat.",
    "Minst fem deltagare har tagit del; utvärdering insamlad.",
    "Rutinen är godkänd av projektgruppen och publicerad.",
)
