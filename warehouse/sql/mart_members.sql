-- What each mart row counts: for every count column (measure) of every row, the stories, organizations or
-- funding awards behind it, so that count(*) per (mart, row_key, measure) is the row's number.
-- A story is listed by its story_id (articles.story_id: every article of the story, in each language).
-- `university_news` (org_id, source) is registered by the caller from the anchor list.
with activity as (
    select coalesce(strftime(date_trunc('month', published_date), '%Y-%m'), 'undated') || '|' || pillar || '|'
               || source as row_key, article_id, story_id, ai_relevant
    from (select *, unnest(case when len(pillars) = 0 then ['no_pillar'] else pillars end) as pillar from articles)
),

hub_companies as (
    -- Two unnests in one select would pair the lists element by element: one list at a time.
    select hub || '|' || unnest(case when len(ai_subfields) = 0 then ['unspecified'] else ai_subfields end)
               as row_key, org_id
    from (
        select org_id, unnest(hubs) as hub, ai_subfields
        from organizations
        where ai_related and kind in ('startup', 'corporate')
    )
),

university_articles as (
    select n.org_id as row_key, a.story_id, a.ai_relevant, a.published_date, a.ai_subfields, 'published' as how
    from university_news n join articles a using (source)
    union all
    select m.org_id, a.story_id, a.ai_relevant, a.published_date, a.ai_subfields, 'mentioning'
    from mentions m join articles a using (article_id)
),

yearly_articles as (
    select row_key || '|' || coalesce(year(published_date)::varchar, 'undated') || '|' || topic as row_key,
           story_id, how
    from (
        select *, unnest(case when len(ai_subfields) = 0 then ['unspecified'] else ai_subfields end) as topic
        from university_articles
        where ai_relevant
    )
),

yearly_awards as (
    select recipient_org_id || '|' || coalesce(year::varchar, 'undated') || '|' || topic as row_key, award_id
    from (
        select recipient_org_id, year, award_id,
               unnest(case when len(ai_subfields) = 0 then ['unspecified'] else ai_subfields end) as topic
        from funding_awards
        where ai_related
    )
),

members as (
    select 'ai_activity_monthly' as mart, row_key, 'articles' as measure, 'story' as member_type,
           story_id as member_id
    from activity
    union all select 'ai_activity_monthly', row_key, 'ai_articles', 'story', story_id from activity where ai_relevant
    union all select 'ai_activity_monthly', row_key, 'organizations_mentioned', 'organization', m.org_id
    from activity join mentions m using (article_id)

    union all select 'hub_ai_companies', row_key, 'companies', 'organization', org_id from hub_companies

    union all select 'university_ai_output', row_key, 'articles_' || how, 'story', story_id from university_articles
    union all select 'university_ai_output', row_key, 'ai_articles_' || how, 'story', story_id
    from university_articles where ai_relevant
    union all select 'university_ai_output', parent_org_id, 'research_units', 'organization', org_id
    from research_units
    union all select 'university_ai_output', parent_org_id, 'innohk_labs', 'organization', org_id
    from research_units where cluster is not null
    union all select 'university_ai_output', parent_org_id, 'air_innohk_labs', 'organization', org_id
    from research_units where cluster = 'AIR@InnoHK'
    union all select 'university_ai_output', recipient_org_id, 'funding_awards', 'funding_award', award_id
    from funding_awards
    union all select 'university_ai_output', recipient_org_id, 'ai_funding_awards', 'funding_award', award_id
    from funding_awards where ai_related

    union all select 'university_ai_output_yearly', row_key, 'ai_articles_' || how, 'story', story_id
    from yearly_articles
    union all select 'university_ai_output_yearly', row_key, 'ai_funding_awards', 'funding_award', award_id
    from yearly_awards

    union all select 'funding_by_scheme_year', scheme || '|' || coalesce(year::varchar, 'undated'), 'projects',
                     'funding_award', award_id
    from funding_awards
    union all select 'funding_by_scheme_year', scheme || '|' || coalesce(year::varchar, 'undated'), 'ai_projects',
                     'funding_award', award_id
    from funding_awards where ai_related
),

-- Only rows the marts have (a news source of a body that is no university, say, is in no mart row).
mart_rows as (
    select 'ai_activity_monthly' as mart, row_key from ai_activity_monthly
    union all select 'hub_ai_companies', row_key from hub_ai_companies
    union all select 'university_ai_output', row_key from university_ai_output
    union all select 'university_ai_output_yearly', row_key from university_ai_output_yearly
    union all select 'funding_by_scheme_year', row_key from funding_by_scheme_year
),

final as (
    select distinct m.mart, m.row_key, m.measure, m.member_type, m.member_id
    from members m semi join mart_rows r using (mart, row_key)
    where m.member_id is not null
)

select mart, row_key, measure, member_type, member_id
from final
order by mart, row_key, measure, member_id
