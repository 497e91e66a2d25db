-- Questions analysts ask of the HK AI Atlas warehouse (data/hkai.duckdb), answered in SQL.
-- Run one with: .venv/bin/hkai sql "<query>"   (each query below ends with a semicolon;
-- tests/warehouse/test_analyst_queries.py runs every one of them on a fresh build).

-- 1. How does government and ecosystem attention to AI move month by month, per pillar (stories, all sources)?
select month, pillar, sum(articles) as stories, sum(ai_articles) as ai_stories
from ai_activity_monthly
where month >= date '2024-01-01'
group by month, pillar
order by month desc, ai_stories desc, pillar;

-- 2. Which AI start-ups and companies sit at Science Park versus Cyberport, by AI sub-field?
select hub, ai_subfield, companies
from hub_ai_companies
where hub in ('HKSTP', 'Cyberport')
order by hub, companies desc;

-- 3. Which universities lead in AI output (own news, mentions, InnoHK labs, funding)?
select name, ai_articles_published, ai_articles_mentioning, innohk_labs, air_innohk_labs, ai_funding_hkd
from university_ai_output
order by ai_articles_published + ai_articles_mentioning + innohk_labs desc;

-- 4. Which InnoHK labs work on AI and robotics, and at which university?
select r.name as lab, p.name as university, r.cluster
from research_units r left join organizations p on p.org_id = r.parent_org_id
where r.cluster = 'AIR@InnoHK'
order by university, lab;

-- 5. Where does ITF money go, by scheme and year, and how much of it to AI projects?
select scheme, year, projects, amount_hkd, ai_projects, ai_amount_hkd
from funding_by_scheme_year
order by year desc, amount_hkd desc;

-- 6. The latest AI-related press releases and news, in both languages, with their English/Chinese twin.
select published_date, lang, publisher, title, twin_article_id
from articles
where ai_relevant
order by published_date desc, article_id
limit 20;

-- 7. Which organizations are mentioned most in AI articles, and one sentence that names each?
select o.name, o.name_zh, count(*) as ai_articles, any_value(m.evidence) as example
from mentions m join articles a using (article_id) join organizations o using (org_id)
where a.ai_relevant
group by all
order by ai_articles desc, o.name
limit 15;

-- 8. Find an organization by its Chinese name (or any alias) and see every record behind it.
select o.org_id, o.name, o.name_zh, s.source, s.url, s.rule, s.archive_record_id
from organization_aliases a
join organizations o using (org_id)
join organization_sources s using (org_id)
where a.alias = '香港科技大學'
order by s.source;

-- 9. Cyberport start-ups in the incubation programme or micro fund (CCMF/CIP, CCMF), by status and intake year.
select p.name as programme, m.status, m.year, count(distinct m.org_id) as start_ups
from memberships m join programmes p using (programme_id)
where m.programme_id in ('cyberport_ccmf_cip', 'cyberport_cip', 'cyberport_ccmf')
group by all
order by programme, m.status, m.year;

-- 10. Which AI sub-fields do AI articles cover, by year?
with subfields as (
    select year(published_date) as year, unnest(ai_subfields) as ai_subfield from articles where ai_relevant
)
select year, ai_subfield, count(*) as articles
from subfields
group by all
order by year desc, articles desc;

-- 11. How fresh is each source, and did its last crawl go cleanly?
select source, mode, last_crawl_at, pages_fetched, items, errors, finish_reason
from sources
order by source;

-- 12. The ecosystem graph: which organizations are linked to most programmes, units and other organizations?
select o.name, count(*) as links, list(distinct e.relation) as relations
from ecosystem_edges e join organizations o on o.org_id = e.from_id
group by all
order by links desc, o.name
limit 15;

-- 13. Did every data check of the last build pass?
select table_name, check_name, passed, blocking, detail
from check_results
order by passed, table_name, check_name;

-- 14. Trace a number back to its page: an article's source page and archived capture.
select article_id, url, crawl_id, fetched_at, archive_record_id, extractor_version
from articles
where source = 'govhk' and ai_relevant
order by published_date desc
limit 5;

-- 15. How did the ecosystem stand on a past date: organizations per hub in the last snapshot on or before it.
with as_of as (
    -- the date to ask about (today in Hong Kong here; put any past date)
    select max(snapshot_date) as day from organization_snapshots
    where snapshot_date <= (current_timestamp at time zone 'Asia/Hong_Kong')::date
),
per_hub as (
    select unnest(hubs) as hub, org_id, ai_related
    from organization_snapshots where snapshot_date = (select day from as_of) and listed
)
select hub, count(*) as organizations, count(*) filter (ai_related) as ai_organizations
from per_hub
group by all
order by organizations desc;

-- 16. Cross-border: which Greater Bay Area and Mainland places does the news name, and how often about AI?
select place, count(*) as articles, count(*) filter (ai_relevant) as ai_articles,
       min(published_date) as first_named, max(published_date) as last_named
from (select unnest(places) as place, ai_relevant, published_date from articles)
group by place
order by articles desc;

-- 17. Cross-border: which research units work with Mainland universities or research bodies?
select r.name, r.cluster, u.name as university_or_body, r.mainland_institutions, r.partners
from research_units r left join organizations u on u.org_id = r.parent_org_id
where len(r.mainland_institutions) > 0
order by r.name;

-- 18. Which hub leads each AI sub-field (hubs ranked within the sub-field)?
select ai_subfield, hub, companies, hub_rank
from hub_ai_companies
where hub_rank = 1
order by ai_subfield, hub;

-- 19. Activity by month, pillar and source in 2025 (no_pillar: articles that match no pillar; stories counted once).
select month, pillar, source, articles as stories, ai_articles as ai_stories
from ai_activity_monthly
where month >= date '2025-01-01' and month < date '2026-01-01'
order by month, pillar, source;

-- 20. University AI output by year and topic: AI stories from its own news and naming it, AI projects it leads.
select name, year, topic, ai_articles_published, ai_articles_mentioning, ai_funding_awards
from university_ai_output_yearly
order by name, year, topic;

-- 21. Stories, not twins: per source, articles and the stories they make once English and Chinese twins count once.
select source, count(*) as articles, count(distinct story_id) as stories,
       count(*) filter (twin_article_id is not null) as articles_with_twin,
       coalesce(list(distinct twin_rule) filter (twin_rule is not null), []) as twin_rules
from articles
group by source
order by source;

-- 22. The members of a mart row: the articles (each language) behind the busiest AI activity row.
select a.article_id, a.lang, a.published_date, a.title, a.url, a.archive_record_id
from mart_members m join articles a on a.story_id = m.member_id
where m.mart = 'ai_activity_monthly' and m.measure = 'articles'
  and m.row_key = (select row_key from ai_activity_monthly order by ai_articles desc, articles desc, row_key limit 1)
order by a.article_id;

-- 23. CIP graduates: the start-ups the Cyberport directory lists as "Graduates of CCMF/ CIP" (it does not say
-- which of the two programmes), with the intake year it states and the page that states it.
select o.org_id, coalesce(o.name, o.name_zh) as name, min(m.year) as intake_year, min(m.url) as page
from memberships m join organizations o using (org_id)
where m.programme_id = 'cyberport_ccmf_cip' and m.status = 'graduate' and m.certain
group by all
order by name, o.org_id;

-- 24. Greater Bay Area: stories naming the region as a whole, by year, and of them about AI.
select year(published_date) as year, count(distinct story_id) as stories,
       count(distinct story_id) filter (ai_relevant) as ai_stories
from articles
where list_contains(places, 'Greater Bay Area')
group by all
order by year;

-- 25. Which DATA.GOV.HK datasets of the ecosystem are there, who provides them and in which formats?
select title, provider, provider_org_id, formats, resource_count, url
from datasets
order by provider, title;

-- 26. What changed since date D: organizations, memberships, funding awards and articles that each build since D made new, gone or changed.
select b.built_at, c.build_id, c.entity, c.key, c.change, c.changed_columns, c.before, c.after
from changes c join builds b using (build_id)
where b.built_at >= timestamptz '2026-01-01 00:00:00+08:00'  -- the date D (midnight in Hong Kong)
order by b.built_at, c.entity, c.key;

-- 27. The ecosystem on date D: organizations, memberships and funded projects as the last snapshot on or before D saw them.
with as_of as (
    select date '2026-12-31' as day  -- the date D
),
organizations as (
    select count(*) filter (listed) as listed, count(*) filter (listed and ai_related) as ai_related
    from organization_snapshots
    where snapshot_date = (select max(snapshot_date) from organization_snapshots, as_of where snapshot_date <= day)
),
programme_members as (
    select count(*) as memberships, count(distinct org_id) as members
    from membership_snapshots
    where snapshot_date = (select max(snapshot_date) from membership_snapshots, as_of where snapshot_date <= day)
),
funding as (
    select count(*) as awards, sum(amount_hkd) as amount_hkd, count(*) filter (ai_related) as ai_awards
    from funding_award_snapshots
    where snapshot_date = (select max(snapshot_date) from funding_award_snapshots, as_of where snapshot_date <= day)
)
select o.listed as organizations, o.ai_related as ai_organizations, m.memberships, m.members,
       f.awards as funding_awards, f.amount_hkd as funding_hkd, f.ai_awards as ai_funding_awards
from organizations o, programme_members m, funding f;

-- 28. How was each source selected: is it complete or a sample, by what rule, from which pages and dates?
select source, origin, selection, selection_rule, content_from, content_to, captured_to, records, provenance_note
from coverage
order by selection desc, source;

-- 29. Which build am I reading: its id, where its pages came from, and whether its numbers describe a sample?
select build_id, built_at, mode, origin, sample, code_version, previous_build_id
from build;
