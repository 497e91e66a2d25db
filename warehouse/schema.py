"""Every table of the warehouse and every column, described once.

The same descriptions feed the DDL, the Dagster UI's column schema and `docs/data-dictionary.md`,
so they cannot disagree.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass

from spiders.items import Article, Dataset, FundingAward, Organization, Provenance


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]

    def ddl(self) -> str:
        cols = ",\n  ".join(f"{c.name} {c.type}" for c in self.columns)
        return f"create table if not exists {self.name} (\n  {cols}\n)"

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def columns(spec: str) -> tuple[Column, ...]:
    """Columns from lines of `name | TYPE | description`; an indented line continues the description above."""
    rows: list[list[str]] = []
    for line in spec.strip("\n").splitlines():
        if line.startswith(" ") and rows:
            rows[-1][2] += " " + line.strip()
        else:
            rows.append([part.strip() for part in line.split("|", 2)])
    return tuple(Column(n, t, d) for n, t, d in rows)


def record_columns(item: type, spec: str) -> tuple[Column, ...]:
    """The columns of a record type: the item dataclass's own fields, in its order, typed and described by `spec`.

    The item (spiders/items.py) says which fields a record has; `spec` only types and describes them. A
    field without a line, or a line for no field, is refused here with its name.
    """
    described = {c.name: c for c in columns(spec)}
    inherited = {f.name for base in item.__mro__[1:] if is_dataclass(base) for f in fields(base)}
    names = [f.name for f in fields(item) if f.name not in inherited]
    undescribed = [n for n in names if n not in described]
    if undescribed:
        raise TypeError(f"{item.__name__} field(s) {', '.join(undescribed)} have no column in warehouse/schema.py: "
                        "add a line `name | TYPE | description` for each")
    unknown = [n for n in described if n not in names]
    if unknown:
        raise TypeError(f"warehouse/schema.py describes {', '.join(unknown)}, which {item.__name__} "
                        "(spiders/items.py) does not have")
    return tuple(described[n] for n in names)


# The fields of each record type are those of its item dataclass in spiders/items.py, in its order (one
# declaration of the shape); here each field gets its warehouse type and description, once. A field of
# an item without a line here, or a line for no field, stops the import with the field named.

PROVENANCE = record_columns(Provenance, """
crawl_id | VARCHAR | The crawl run that fetched the page (folder name under data/landing/<source>/).
fetched_at | TIMESTAMPTZ | When the page was fetched (in replay: when it was archived).
archive_record_id | VARCHAR | WARC-Record-ID of the archived response (replay and record modes).
extractor_version | VARCHAR | Version of the extractor that read the page.
""")

ARTICLE_FIELDS = record_columns(Article, """
source | VARCHAR | Source name in the registry, e.g. govhk.
source_id | VARCHAR | The source's own id of the page, e.g. the press-release number P2022052500609.
url | VARCHAR | Address of the page.
lang | VARCHAR | Language tag: en or zh-HK (Traditional Chinese).
title | VARCHAR | Headline, without descriptive suffixes such as (with photos/video).
body | VARCHAR | Body text; paragraphs separated by blank lines; footer removed.
published_date | DATE | Publication day (Hong Kong).
published_at | TIMESTAMPTZ | Publication time, when the page states it.
published_from | VARCHAR | Where the date came from: footer, footer_date (no time) or folder (URL), page,
    url, ...; generic when the generic path read it (htmldate).
flags | VARCHAR[] | Flags from title suffixes: english_only, chinese_only, with_photo, with_video.
twin_url | VARCHAR | The same release in the other language, when the page links it.
photos | JSON | Photos attached to the page: list of {url, caption}.
extraction_method | VARCHAR | Which path read the page: site (the site's own markup) or generic
    (og:title/h1, main text and page date, when the site's selectors found no headline or body: a redesign).
""")

ORGANIZATION_FIELDS = record_columns(Organization, """
source | VARCHAR | Source name in the registry, e.g. cyberport_startups.
source_id | VARCHAR | The source's own id of the profile (a slug or number).
url | VARCHAR | Address of the profile or list page.
lang | VARCHAR | Language of the page: en or zh-HK.
name | VARCHAR | Name as the page shows it (English where the page has both); from stg_organizations on, a
    name in Chinese only is moved to name_zh and this stays empty.
name_zh | VARCHAR | Chinese name, when the page shows one.
kind | VARCHAR | startup, corporate, university, research_unit, government_body, incubator or investor.
website | VARCHAR | The organization's own website.
description | VARCHAR | What the organization does, as described on the page.
sectors | VARCHAR[] | Sectors or technology areas as the source labels them.
hub | VARCHAR | The hub or directory that lists it: HKSTP, Cyberport, CityU HK Tech 300, InnoHK.
programmes | JSON | Programmes it is or was in: list of {programme, status, year}.
affiliation | VARCHAR | For research units: the university or body it belongs to.
cluster | VARCHAR | For InnoHK labs: Health@InnoHK or AIR@InnoHK.
address | VARCHAR | Address as shown.
email | VARCHAR | Contact email as shown (generic programme mailboxes removed).
phone | VARCHAR | Phone as shown.
extra | JSON | Other labelled fields of the page, label to value.
""")

FUNDING_AWARD_FIELDS = record_columns(FundingAward, """
source | VARCHAR | Source name in the registry, e.g. itf_projects.
source_id | VARCHAR | The project reference number, e.g. ITS/123/22.
url | VARCHAR | Address of the file or page it was read from.
scheme | VARCHAR | Funding programme or scheme code, e.g. ITSP.
title | VARCHAR | Project title.
recipient | VARCHAR | Lead applicant or recipient organization, as published.
amount_hkd | DOUBLE | Amount approved, in Hong Kong dollars (normalised across units).
amount_text | VARCHAR | Amount as published, with its unit.
year | INTEGER | Year of approval (or of the list it appears in).
extra | JSON | Other columns of the source, name to value.
""")

DATASET_FIELDS = record_columns(Dataset, """
source | VARCHAR | Source name in the registry, e.g. datagovhk.
source_id | VARCHAR | The catalogue's id of the dataset.
url | VARCHAR | Address of the dataset's page.
lang | VARCHAR | Language of the catalogue entry: en or zh-HK.
title | VARCHAR | Dataset title.
provider | VARCHAR | Organization that provides the data.
description | VARCHAR | What the dataset holds.
formats | VARCHAR[] | File formats of its resources.
tags | VARCHAR[] | Catalogue tags or categories.
resources | JSON | Files or endpoints: list of {name, url, format}.
updated_at | VARCHAR | When the catalogue says it was last updated.
""")

RECORD_FIELDS = {"article": ARTICLE_FIELDS, "organization": ORGANIZATION_FIELDS,
                 "funding_award": FUNDING_AWARD_FIELDS, "dataset": DATASET_FIELDS}
RECORD_NOUNS = {"article": "article", "organization": "organization profile", "funding_award": "funding award",
                "dataset": "dataset entry"}

RAW_ARTICLES_COLUMNS = PROVENANCE + ARTICLE_FIELDS

RAW_CRAWLS = Table("raw_crawls", "One row per finished crawl run that was loaded: its figures and outcome.", columns("""
crawl_id | VARCHAR | Crawl run id: <source>-<UTC time>-<run id>.
source | VARCHAR | Source name in the registry.
mode | VARCHAR | replay, live or record.
started_at | TIMESTAMPTZ | When the crawl started.
finished_at | TIMESTAMPTZ | When the crawl finished.
finish_reason | VARCHAR | Scrapy's finish reason; finished for a clean end.
pages_fetched | BIGINT | Responses received (including robots.txt and pages that failed).
records | BIGINT | Records written to the landing file.
errors | BIGINT | Error rows written for this crawl.
duplicates_dropped | BIGINT | Records dropped as duplicates within the crawl.
landing_dir | VARCHAR | Folder of the crawl's landing files.
loaded_at | TIMESTAMPTZ | When the crawl was loaded into the warehouse.
stats | JSON | All Scrapy stats of the crawl.
field_coverage | JSON | Share of the crawl's records with each field filled (0 to 1), by field.
generic_share | DOUBLE | Share of the crawl's articles read by the generic path (0 to 1; null for a source
    of other records): a jump means the site's markup changed.
title_differs | BIGINT | Articles read by the site's markup whose headline the generic path reads otherwise
    (null for a source of other records).
"""))

RAW_SIGHTINGS = Table("raw_sightings", "Which record (and which version of it) each loaded crawl saw.", columns("""
crawl_id | VARCHAR | The crawl run.
source | VARCHAR | Source name in the registry.
record_key | VARCHAR | The record's id within its source.
record_hash | VARCHAR | The version the crawl saw (see raw_<source>.record_hash).
url | VARCHAR | The page it was read from.
"""))

RAW_CRAWL_ERRORS = Table("raw_crawl_errors", "Every error row of every loaded crawl run.", columns("""
source | VARCHAR | Source name in the registry.
url | VARCHAR | The page or request that failed.
stage | VARCHAR | Where it failed: download, http, robots, extract or validate.
reason | VARCHAR | Why, in one line.
occurred_at | TIMESTAMPTZ | When it happened.
crawl_id | VARCHAR | The crawl run.
"""))


VERSION_COLUMNS = columns("""
record_key | VARCHAR | The record's id within its source: <source_id>[:<lang>].
record_hash | VARCHAR | MD5 of the record's content fields: a new hash is a new version.
""")


def raw_table(name: str, title: str, record_type: str = "article") -> Table:
    """The raw table of one source: each distinct version of each record, as first extracted."""
    return Table(name, f"Every distinct version of every {RECORD_NOUNS[record_type]} record of {title}, "
                       "as first extracted (unchanged re-crawls add only sightings).",
                 PROVENANCE + RECORD_FIELDS[record_type] + VERSION_COLUMNS)


SEEN_COLUMNS = columns("""
first_seen_at | TIMESTAMPTZ | When a crawl first saw this record (its first crawl's end).
last_seen_at | TIMESTAMPTZ | When a crawl last saw it.
listed | BOOLEAN | Whether the source's latest crawl still shows it (false: it vanished, kept).
""")

STG_ARTICLES = Table(
    "stg_articles",
    "Articles from every source, cleaned: the current version of each page, one row per page and language.",
    columns("""
article_id | VARCHAR | Key: <source>:<source_id>:<lang>.
""") + ARTICLE_FIELDS
    + columns("""
word_count | BIGINT | Words in the body (CJK characters count one each).
""") + SEEN_COLUMNS
    + PROVENANCE,
)

ARTICLES = Table(
    "articles",
    "Press releases and news of the ecosystem: one row per page and language, with pillars and AI relevance.",
    STG_ARTICLES.columns + columns("""
publisher | VARCHAR | Who publishes the source (from the source registry).
twin_article_id | VARCHAR | article_id of the same release in the other language, if collected.
twin_rule | VARCHAR | How the twin was found: page_link (a page links the other), same_id (one id in both
    languages), id_stem (the id with the source's language marker removed, HKU's c_); docs/model.md.
story_id | VARCHAR | One key for a story across its languages: the English twin's article_id, else its own.
    Marts count distinct story_ids, so a story published in English and Chinese counts once.
ai_relevant | BOOLEAN | True when AI evidence is in the title or first paragraph, or mentioned twice in the
    body (a list of AI terms is one mention); docs/classification.md.
ai_rule | VARCHAR | The AI rule that matched and where (title:, lead: or body:<rule>).
ai_subfields | VARCHAR[] | AI sub-fields of an AI-relevant article, from the sentences and paragraphs
    carrying its AI evidence: computer_vision, language_models, robotics, machine_learning, ai_in_finance,
    ai_in_healthcare, smart_mobility, ai_infrastructure, ai_governance.
ai_subfield_rules | VARCHAR[] | The rules that set each sub-field (<subfield>:<rule>).
pillars | VARCHAR[] | Ecosystem pillars whose terms score their minimum (cross_border: collaboration with
    the Mainland or the Greater Bay Area).
pillar_rules | VARCHAR[] | The rules that set each pillar (<pillar>:<rule>).
places | VARCHAR[] | Places the title or body names, by English name (taxonomy `places`): the Greater Bay Area
    as a region of its own (Greater Bay Area), its cities and zones (Shenzhen, Macao, ...) and Mainland
    cities, whether or not the article is cross-border.
international | BOOLEAN | True when one sentence names a partner outside Greater China with a word of
    collaboration: an international partnership.
international_rule | VARCHAR | The rule behind international (collaboration:<rule>).
taxonomy_version | VARCHAR | Version of warehouse/taxonomy.yaml used to classify.
"""),
)

SOURCE_TABLE = Table("sources", "One row per source of the registry: what it feeds and how its last crawl went.",
                     columns("""
source | VARCHAR | Source name in the registry.
title | VARCHAR | What the source is.
owner | VARCHAR | Who publishes it.
pillars | VARCHAR[] | Ecosystem pillars the source feeds.
mode | VARCHAR | Mode of the last crawl: replay, live or record.
pages_fetched | BIGINT | Responses received in the last crawl.
items | BIGINT | Records the last crawl produced.
errors | BIGINT | Error rows of the last crawl (see crawl_errors).
last_crawl_at | TIMESTAMPTZ | When the last crawl finished.
last_crawl_id | VARCHAR | Id of the last crawl.
finish_reason | VARCHAR | How the last crawl ended.
generic_share | DOUBLE | Share of the last crawl's articles read by the generic path (see raw_crawls).
title_differs | BIGINT | Articles of the last crawl whose site and generic headlines differ.
"""))

CRAWL_ERRORS = Table("crawl_errors", "Errors of the last crawl of each source: the URL, the stage and the reason.",
                     RAW_CRAWL_ERRORS.columns)

STG_ORGANIZATIONS = Table(
    "stg_organizations",
    "Organization profiles from every directory, cleaned: the current version of each profile.",
    columns("""
record_id | VARCHAR | Key: <source>:<source_id>:<lang>.
""") + ORGANIZATION_FIELDS + SEEN_COLUMNS
    + PROVENANCE,
)

STG_FUNDING_AWARDS = Table(
    "stg_funding_awards",
    "Funded projects from every source, cleaned: the latest capture of each reference number.",
    columns("""
record_id | VARCHAR | Key: <source>:<source_id>.
""") + FUNDING_AWARD_FIELDS + SEEN_COLUMNS + PROVENANCE,
)

STG_DATASETS = Table(
    "stg_datasets",
    "Open datasets from every catalogue, cleaned: the latest capture of each entry.",
    columns("""
record_id | VARCHAR | Key: <source>:<source_id>:<lang>.
""") + DATASET_FIELDS + SEEN_COLUMNS + PROVENANCE,
)

STAGING_TABLES = {"article": STG_ARTICLES, "organization": STG_ORGANIZATIONS,
                  "funding_award": STG_FUNDING_AWARDS, "dataset": STG_DATASETS}

ANALYST_TABLES = (ARTICLES, SOURCE_TABLE, CRAWL_ERRORS, STG_ARTICLES, STG_ORGANIZATIONS, STG_FUNDING_AWARDS,
                  STG_DATASETS)


def all_tables(raw_tables: list[Table]) -> dict[str, Table]:
    """Every described table by name."""
    return {t.name: t for t in (*ANALYST_TABLES, RAW_CRAWLS, RAW_CRAWL_ERRORS, RAW_SIGHTINGS, *raw_tables)}


def raw_table_for(source) -> Table:
    """The raw table of a registry source (`spiders.registry.Source`)."""
    return raw_table(source.raw_table, source.title, source.record_type)


ORGANIZATIONS = Table(
    "organizations",
    "One row per real organization of the ecosystem, merged across sources and languages.",
    columns("""
org_id | VARCHAR | Stable key: org_<anchor> for anchor bodies, else org_<hash of its first record>.
name | VARCHAR | Canonical English name (the anchor's official name, else the name most sources use); empty
    when no source gives an English name (a Chinese-only name is in name_zh, never here).
name_zh | VARCHAR | Chinese name, when any source shows one.
kind | VARCHAR | startup, corporate, university, research_unit, government_body, incubator, investor or
    unknown.
kind_rule | VARCHAR | Its source: reference, directory_words:start-up, programme:<name>, directory:<kind>,
    name.
website | VARCHAR | Its own website.
domain | VARCHAR | Website host without www.
hubs | VARCHAR[] | Hubs and directories that list it (HKSTP, Cyberport, CityU HK Tech 300, InnoHK).
sources | VARCHAR[] | Sources whose records were merged into it.
record_count | BIGINT | Number of source records merged into it.
ai_related | BOOLEAN | True for an AI sector label, AI evidence in its name, description or cluster, an AI
    name token.
ai_rule | VARCHAR | The rule behind ai_related.
ai_subfields | VARCHAR[] | AI sub-fields it works in (as for articles, machine_learning included).
ai_subfield_rules | VARCHAR[] | The rules that set each sub-field.
first_seen | TIMESTAMPTZ | When a source first showed it (earliest fetch of its records).
last_seen | TIMESTAMPTZ | When a source last showed it.
listed | BOOLEAN | Whether a source's latest crawl still lists it (false: vanished from every source, kept).
taxonomy_version | VARCHAR | Version of the classification rules.
"""))

ORGANIZATION_ALIASES = Table(
    "organization_aliases",
    "Every name seen for each organization, with its language and source.",
    columns("""
org_id | VARCHAR | The organization.
alias | VARCHAR | A name as some source writes it.
lang | VARCHAR | en or zh-HK.
source | VARCHAR | The source that used it (reference = the anchor list).
"""))

ORGANIZATION_SOURCES = Table(
    "organization_sources",
    "Every source record merged into each organization, with the rule and score that merged it.",
    columns("""
record_id | VARCHAR | The source record: <source>:<source_id>[:<lang>], or reference:<org_id>.
org_id | VARCHAR | The organization it was merged into.
source | VARCHAR | Its source.
source_id | VARCHAR | Its id in the source.
url | VARCHAR | The page it came from.
name | VARCHAR | Its English name as the source shows it.
name_zh | VARCHAR | Its Chinese name as the source shows it.
rule | VARCHAR | What joined it: override_merge, domain, name, name_zh, fuzzy, or seed (first of its
    cluster).
score | DOUBLE | Strength of the rule (1 for exact rules, the similarity for fuzzy).
matched_record_id | VARCHAR | The record it was matched with.
fetched_at | TIMESTAMPTZ | When its page was fetched.
archive_record_id | VARCHAR | WARC record of that page.
"""))

PROGRAMMES = Table(
    "programmes",
    "Programmes organizations belong to: incubation, funds, research clusters.",
    columns("""
programme_id | VARCHAR | Key, e.g. cyberport_ccmf.
name | VARCHAR | Name in English.
name_zh | VARCHAR | Name in Chinese, where known.
operator_org_id | VARCHAR | The organization that runs it.
kind | VARCHAR | incubation, seed_fund, co_working, pre_incubation, acceleration, research_cluster,
    entrepreneurship (cyberport_ccmf_cip: incubation, the directory's CCMF-or-CIP status).
"""))

MEMBERSHIPS = Table(
    "memberships",
    "Which organization is or was in which programme, with year and status as the source states them.",
    columns("""
org_id | VARCHAR | The organization.
programme_id | VARCHAR | The programme.
status | VARCHAR | Status as stated (current, graduate, seed fund, member, ...).
year | INTEGER | Year of intake or award, when stated.
certain | BOOLEAN | False when the label names this programme only as one of several; the Cyberport
    directory's "Graduates of CCMF/ CIP" is one programme of its own (cyberport_ccmf_cip), certain.
label | VARCHAR | The source's own words for the programme.
source | VARCHAR | The source that states it.
record_id | VARCHAR | The source record.
url | VARCHAR | The page that states it.
"""))

RESEARCH_UNITS = Table(
    "research_units",
    "Labs, centres and InnoHK labs, with the university or body they belong to.",
    columns("""
org_id | VARCHAR | The unit (an organization of kind research_unit).
name | VARCHAR | Its name.
name_zh | VARCHAR | Its Chinese name.
parent_org_id | VARCHAR | The university or body it belongs to.
cluster | VARCHAR | InnoHK cluster: Health@InnoHK or AIR@InnoHK.
ai_related | BOOLEAN | Whether it works on AI.
website | VARCHAR | Its website.
partners | VARCHAR[] | Collaborating institutions, as its source names them (the InnoHK list).
partner_org_ids | VARCHAR[] | The partners that are organizations of this warehouse (a university, say).
mainland_institutions | VARCHAR[] | Mainland universities and research bodies among its leading and partner
    bodies.
"""))

FUNDING_AWARDS = Table(
    "funding_awards",
    "Funded projects: scheme, title, recipient organization, amount in HKD, year, and whether they are about AI.",
    columns("""
award_id | VARCHAR | Key: the project reference number, upper case without spaces.
source | VARCHAR | The source whose values the row shows: the annual list when the project is in one.
sources | VARCHAR[] | Every source the project was read from (annual list, project profile).
reference_no | VARCHAR | The project reference number.
scheme | VARCHAR | Funding scheme or programme code.
title | VARCHAR | Project title.
recipient | VARCHAR | Lead applicant as published.
recipient_org_id | VARCHAR | The recipient organization.
amount_hkd | DOUBLE | Amount approved in Hong Kong dollars.
amount_text | VARCHAR | Amount as published.
year | INTEGER | Year of the list or approval.
year_from | VARCHAR | Where the year comes from: annual_list, approval_date, project_start; empty without a
    year.
ai_related | BOOLEAN | True when the title matches the AI rules.
ai_rule | VARCHAR | The rule behind ai_related.
ai_subfields | VARCHAR[] | AI sub-fields of the project.
url | VARCHAR | The file or page it was read from.
archive_record_id | VARCHAR | WARC record of that file.
taxonomy_version | VARCHAR | Version of the classification rules.
"""))

MENTIONS = Table(
    "mentions",
    "Which organizations each article names, with the sentence that names them.",
    columns("""
article_id | VARCHAR | The article.
org_id | VARCHAR | The organization named.
alias | VARCHAR | The name that matched.
evidence | VARCHAR | The sentence around it.
"""))

AI_ACTIVITY_MONTHLY = Table(
    "ai_activity_monthly",
    "Ecosystem activity by month, pillar and source: articles, AI articles, organizations mentioned.",
    columns("""
row_key | VARCHAR | Key of the row: <YYYY-MM>|<pillar>|<source>; mart_members lists what it counts.
month | DATE | First day of the month.
pillar | VARCHAR | Ecosystem pillar; no_pillar for articles that match none (they are counted, not dropped).
source | VARCHAR | The source that published the articles.
publisher | VARCHAR | Who publishes the source.
articles | BIGINT | Stories of the pillar and source published that month: an article and its other-language
    twin count once (distinct articles.story_id).
ai_articles | BIGINT | Of those, stories about AI (either language's article about AI).
organizations_mentioned | BIGINT | Distinct organizations those stories' articles name.
"""))

HUB_AI_COMPANIES = Table(
    "hub_ai_companies",
    "AI companies per hub (HKSTP, Cyberport, ...) and AI sub-field, with the hub's rank in the sub-field and "
    "the sub-field's rank in the hub.",
    columns("""
row_key | VARCHAR | Key of the row: <hub>|<ai_subfield>; mart_members lists what it counts.
hub | VARCHAR | The hub or directory.
ai_subfield | VARCHAR | AI sub-field (unspecified when none was evidenced: the CityU HK Tech 300 profiles show a
    name and a team type only, so a name like "AI Pet Tailor" says AI and no sub-field).
companies | BIGINT | Distinct AI-related start-ups and companies (a company in two sub-fields counts in both).
hub_rank | BIGINT | The hub's rank among the hubs in this sub-field, by companies, most first (1 = the hub with
    the most; ties share a rank); empty for unspecified.
subfield_rank | BIGINT | The sub-field's rank within this hub, by companies, most first (ties share a rank);
    empty for unspecified.
"""))

UNIVERSITY_AI_OUTPUT = Table(
    "university_ai_output",
    "Each university's AI output: its news, mentions elsewhere, research units, InnoHK labs and funding.",
    columns("""
row_key | VARCHAR | Key of the row: the university's org_id; mart_members lists what it counts.
org_id | VARCHAR | The university.
name | VARCHAR | Its name.
name_zh | VARCHAR | Its Chinese name.
articles_published | BIGINT | Stories from its own news source (an article and its other-language twin count once).
ai_articles_published | BIGINT | Of those, stories about AI.
articles_mentioning | BIGINT | Stories from any source with an article that names it (twins count once).
ai_articles_mentioning | BIGINT | Of those, stories about AI.
research_units | BIGINT | Research units that belong to it.
innohk_labs | BIGINT | Of those, InnoHK labs.
air_innohk_labs | BIGINT | Of those, in AIR@InnoHK.
funding_awards | BIGINT | Funded projects it leads.
funding_hkd | DOUBLE | Their amount in HKD.
ai_funding_awards | BIGINT | Funded projects about AI.
ai_funding_hkd | DOUBLE | Their amount in HKD.
"""))

UNIVERSITY_AI_OUTPUT_YEARLY = Table(
    "university_ai_output_yearly",
    "Each university's AI output by year and topic (AI sub-field): AI stories from its own news, AI stories "
    "naming it, AI projects it leads.",
    columns("""
row_key | VARCHAR | Key of the row: <org_id>|<year>|<topic> (undated for a project without a year);
    mart_members lists what it counts.
org_id | VARCHAR | The university.
name | VARCHAR | Its name.
name_zh | VARCHAR | Its Chinese name.
year | INTEGER | Year of publication (stories) or of the funding list or approval (projects).
topic | VARCHAR | AI sub-field of the stories and projects (unspecified when AI-related without one); a story
    or project with two sub-fields counts under both.
ai_articles_published | BIGINT | AI stories of the topic from its own news source that year (an article and its
    other-language twin count once).
ai_articles_mentioning | BIGINT | AI stories of the topic from any source with an article that names it.
ai_funding_awards | BIGINT | AI projects of the topic it leads, from that year's funding.
ai_funding_hkd | DOUBLE | Their amount in HKD.
"""))

FUNDING_BY_SCHEME_YEAR = Table(
    "funding_by_scheme_year",
    "Funded projects and amounts by scheme and year, with the AI share.",
    columns("""
row_key | VARCHAR | Key of the row: <scheme>|<year> (undated for projects without a year); mart_members
    lists what it counts.
scheme | VARCHAR | Funding scheme.
year | INTEGER | Year.
projects | BIGINT | Projects funded.
amount_hkd | DOUBLE | Amount in HKD.
ai_projects | BIGINT | Projects about AI.
ai_amount_hkd | DOUBLE | Their amount in HKD.
"""))

ECOSYSTEM_EDGES = Table(
    "ecosystem_edges",
    "The ecosystem as a graph: organization, programme, institution and funding links. Each row names its "
    "members itself: its two ends (from_id, to_id) and a page or article behind it (evidence).",
    columns("""
from_id | VARCHAR | Start of the edge (an org_id).
from_type | VARCHAR | organization.
to_id | VARCHAR | End of the edge: an org_id, programme_id or scheme:<code>.
to_type | VARCHAR | organization, programme or funding_scheme.
relation | VARCHAR | member_of, part_of, collaborates_with (a research unit and a partner), funded_by or
    mentioned_with.
weight | DOUBLE | Count of links: membership statements (member_of), stories naming both (mentioned_with: an
    article and its other-language twin count once); 1 for part_of and collaborates_with; the amount in HKD
    for funded_by.
evidence | VARCHAR | A page or article behind the edge.
"""))

MART_MEMBERS = Table(
    "mart_members",
    "What each mart row counts: for every count column of every row of ai_activity_monthly, hub_ai_companies, "
    "university_ai_output, university_ai_output_yearly and funding_by_scheme_year, the stories, organizations "
    "or funding awards behind it (ecosystem_edges names its members in from_id, to_id and evidence).",
    columns("""
mart | VARCHAR | The mart.
row_key | VARCHAR | The mart row (its row_key column).
measure | VARCHAR | The count column of the row this member counts in (articles, ai_articles, companies,
    research_units, funding_awards, projects, ...): the row's value is the number of its members.
member_type | VARCHAR | story (member_id is an articles.story_id: `select * from articles where story_id =
    member_id` lists its article in each language), organization (an org_id) or funding_award (an award_id).
member_id | VARCHAR | The member's key.
"""))

ORGANIZATION_SNAPSHOTS = Table(
    "organization_snapshots",
    "Organizations as each build saw them, one snapshot per day: how the ecosystem stood on a past date.",
    columns("""
snapshot_date | DATE | Day of the build (Hong Kong).
org_id | VARCHAR | The organization.
name | VARCHAR | Its canonical name that day.
name_zh | VARCHAR | Its Chinese name that day.
kind | VARCHAR | Its kind that day.
hubs | VARCHAR[] | Hubs listing it that day.
ai_related | BOOLEAN | Whether it counted as AI-related that day.
ai_subfields | VARCHAR[] | Its AI sub-fields that day.
listed | BOOLEAN | Whether a source still listed it that day.
"""))

MEMBERSHIP_SNAPSHOTS = Table(
    "membership_snapshots",
    "Programme memberships as each build saw them, one snapshot per day.",
    columns("""
snapshot_date | DATE | Day of the build (Hong Kong).
org_id | VARCHAR | The organization.
programme_id | VARCHAR | The programme.
status | VARCHAR | Status as stated that day.
year | INTEGER | Year as stated that day.
"""))

DATASETS = Table(
    "datasets",
    "A catalogue of the DATA.GOV.HK datasets of the ecosystem the crawl read (ITF projects, HKSTP's company "
    "directory, Cyberport programmes, accredited laboratories): what each holds, who provides it, its files.",
    columns("""
dataset_id | VARCHAR | Key: <source>:<source_id>:<lang> (stg_datasets.record_id).
source | VARCHAR | The catalogue source, e.g. datagovhk.
source_id | VARCHAR | The catalogue's id of the dataset (its package name).
lang | VARCHAR | Language of the catalogue entry: en or zh-HK.
title | VARCHAR | Dataset title.
provider | VARCHAR | Organization that provides the data, as the catalogue names it.
provider_org_id | VARCHAR | That organization in this warehouse, when one of its names is the provider's
    (e.g. Cyberport); empty otherwise.
description | VARCHAR | What the dataset holds.
formats | VARCHAR[] | File formats of its resources.
tags | VARCHAR[] | Catalogue tags or categories.
resource_count | BIGINT | Number of files or endpoints.
resources | JSON | Files or endpoints: list of {name, url, format}.
updated_at | VARCHAR | When the catalogue says it was last updated.
url | VARCHAR | Address of the dataset's catalogue page.
listed | BOOLEAN | Whether the catalogue's latest crawl still shows it.
first_seen_at | TIMESTAMPTZ | When a crawl first saw it.
last_seen_at | TIMESTAMPTZ | When a crawl last saw it.
fetched_at | TIMESTAMPTZ | When its entry was fetched.
archive_record_id | VARCHAR | WARC record of the fetched entry.
"""))

FUNDING_AWARD_SNAPSHOTS = Table(
    "funding_award_snapshots",
    "Funded projects as each build saw them, one snapshot per day.",
    columns("""
snapshot_date | DATE | Day of the build (Hong Kong).
award_id | VARCHAR | The project reference number.
scheme | VARCHAR | Its scheme that day.
title | VARCHAR | Its title that day.
recipient_org_id | VARCHAR | Its recipient organization that day.
amount_hkd | DOUBLE | Its amount in HKD that day.
year | INTEGER | Its year that day.
ai_related | BOOLEAN | Whether it counted as AI-related that day.
"""))

CHECK_RESULTS = Table(
    "check_results",
    "The data checks of each build: which passed, which failed and why.",
    columns("""
checked_at | TIMESTAMPTZ | When the check ran.
table_name | VARCHAR | The table checked.
check_name | VARCHAR | What was checked.
passed | BOOLEAN | Whether it passed.
blocking | BOOLEAN | Whether a failure stops the build from being published.
detail | VARCHAR | Figures behind the result.
"""))

COVERAGE = Table(
    "coverage",
    "What each source's rows cover: where its pages came from, how they were chosen (complete or a sample, and "
    "by what rule), the dates of their content, when the pages were captured, and the crawl.",
    columns("""
source | VARCHAR | Source name in the registry.
record_type | VARCHAR | What its records are: article, organization, funding_award or dataset.
origin | VARCHAR | Where the pages of its last crawl came from: sample web (the bundled sample web, replayed),
    recorded archive (pages an earlier live crawl recorded, replayed) or live; empty when never crawled.
    Read from the crawl: its mode, and the origin its replay archive declares.
mode | VARCHAR | Mode of the last crawl: replay, live or record.
selection | VARCHAR | complete (every page the crawl reached on the site) or sample (a chosen part of the
    source: shares and trends are the sample's, not the source's).
selection_rule | VARCHAR | How the pages were chosen: for the sample web, the rule its provenance note states
    (sample_web/_provenance/coverage.yaml); live, the spider's reach from the start URLs.
provenance_note | VARCHAR | The sample web's note on where each fact is known from (sample web only).
content_dates_from | VARCHAR | Which field dates the content: published_date (articles), year (funding
    awards), updated_at (datasets), none (directory records carry no date).
content_from | DATE | Earliest content date of its current records (a funding year counts from 1 January).
content_to | DATE | Latest content date of its current records (a funding year counts to 31 December).
captured_from | TIMESTAMPTZ | Earliest capture of its current records' pages (the archive time; for the sample
    web, the day it was written).
captured_to | TIMESTAMPTZ | Latest capture of its current records' pages.
records | BIGINT | Records it has now (still listed by its last crawl).
last_crawl_at | TIMESTAMPTZ | When its last crawl finished (in replay, the time of the replay, not of the
    pages: see captured_to).
last_crawl_id | VARCHAR | Id of its last crawl.
"""))

BUILD_COLUMNS = columns("""
build_id | VARCHAR | Id of the published build: <UTC time>-<Dagster run id prefix>; it never changes.
built_at | TIMESTAMPTZ | When it was published.
mode | VARCHAR | Crawl mode of the run that made it: replay, live or record.
origin | VARCHAR | Where its sources' pages came from (see coverage.origin): sample web, recorded archive, live,
    or several of them, comma-separated.
sample | BOOLEAN | True when any source of the build is a sample (coverage.selection): every mart, count and
    share of the build then describes the sample, not the whole ecosystem.
code_version | VARCHAR | The code that made it: git:<commit> (-dirty with uncommitted changes), else the
    package version and a hash of its Python files.
previous_build_id | VARCHAR | The build published before it (empty for the first).
""")

BUILD = Table(
    "build",
    "The build analysts are reading (one row): its id, time, mode, origin, whether it is a sample, code version "
    "and the build before it.",
    BUILD_COLUMNS)

BUILDS = Table(
    "builds",
    "Every published build, oldest first, this one last: the history `changes` refers to.",
    BUILD_COLUMNS)

MODEL_TABLES = (ORGANIZATIONS, ORGANIZATION_ALIASES, ORGANIZATION_SOURCES, PROGRAMMES, MEMBERSHIPS,
                RESEARCH_UNITS, FUNDING_AWARDS, MENTIONS, AI_ACTIVITY_MONTHLY, HUB_AI_COMPANIES,
                UNIVERSITY_AI_OUTPUT, UNIVERSITY_AI_OUTPUT_YEARLY, FUNDING_BY_SCHEME_YEAR, ECOSYSTEM_EDGES,
                MART_MEMBERS, DATASETS, ORGANIZATION_SNAPSHOTS, MEMBERSHIP_SNAPSHOTS, FUNDING_AWARD_SNAPSHOTS,
                CHECK_RESULTS, COVERAGE)
# The marts: tables of counts and shares an analyst reads as findings (a sample build says so on each).
MARTS = (AI_ACTIVITY_MONTHLY, HUB_AI_COMPANIES, UNIVERSITY_AI_OUTPUT, UNIVERSITY_AI_OUTPUT_YEARLY,
         FUNDING_BY_SCHEME_YEAR, ECOSYSTEM_EDGES)

CHANGES = Table(
    "changes",
    "What each published build changed since the build before it: organizations, memberships, funding awards and "
    "articles that are new, gone or changed, one row per key (the first build lists none).",
    columns("""
build_id | VARCHAR | The build that made the change (see builds); its previous_build_id is the build compared.
entity | VARCHAR | organization, membership, funding_award or article.
key | VARCHAR | The entity's key: org_id, award_id, article_id; for a membership `org_id | programme_id | status |
    record_id`.
change | VARCHAR | new (not in the previous build), gone (in the previous build, not in this one) or changed.
changed_columns | VARCHAR[] | The columns whose values changed (changed rows only). Compared: organizations'
    name, name_zh, kind, website, hubs, sources, ai_related, ai_subfields, listed (a page that vanished from its
    source changes listed; the organization stays); memberships' year, certain, label, url; awards' scheme,
    title, recipient, recipient_org_id, amount_hkd, amount_text, year, ai_related; articles' url, title,
    published_date, body (by its MD5), ai_relevant, pillars, ai_subfields.
before | JSON | The changed columns' values in the previous build, column to value (as text).
after | JSON | Their values in this build.
"""))

# Written by publishing into the published file itself (warehouse/builds.py), not by a table asset: a build's
# row exists only once it is published.
PUBLISH_TABLES = (BUILD, BUILDS, CHANGES)
ANALYST_TABLES = ANALYST_TABLES + MODEL_TABLES + PUBLISH_TABLES

# Tables renamed in this release, old name -> new: the published file keeps each old name as a view
# (deprecated, described as such) for one release; a working file built before is migrated on load.
RENAMED_TABLES = {
    "stg_organisations": "stg_organizations",
    "raw_cityu_hktech300_startups": "raw_cityu_hktech300",
    "raw_datagovhk_datasets": "raw_datagovhk",
    "raw_dpo_articles": "raw_dpo",
    "raw_fstb_articles": "raw_fstb",
    "raw_govhk_press_releases": "raw_govhk",
    "raw_hkma_press_releases": "raw_hkma",
    "raw_investhk_news": "raw_investhk",
    "raw_itib_articles": "raw_itib",
    "raw_smartcity_pages": "raw_smartcity",
    "raw_startmeuphk_articles": "raw_startmeuphk",
}
