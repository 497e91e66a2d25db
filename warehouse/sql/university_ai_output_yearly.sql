-- Each university's AI output by year and topic (the AI sub-field; 'unspecified' when none was evidenced):
-- AI stories from its own news, AI stories of any source naming it, and the AI projects it leads. A story
-- (an article and its other-language twin) counts once; one with two sub-fields counts under both.
-- `university_news` (org_id, source) is registered by the caller from the anchor list.
with universities as (
    select org_id, name, name_zh from organizations where kind = 'university'
),

ai_articles as (
    select article_id, story_id, source, year(published_date)::integer as year,
           unnest(case when len(ai_subfields) = 0 then ['unspecified'] else ai_subfields end) as topic
    from articles
    where ai_relevant
),

published as (
    select n.org_id, a.year, a.topic, count(distinct a.story_id) as ai_articles_published
    from university_news n join ai_articles a using (source)
    group by all
),

mentioned as (
    select m.org_id, a.year, a.topic, count(distinct a.story_id) as ai_articles_mentioning
    from mentions m join ai_articles a using (article_id)
    group by all
),

funded as (
    select recipient_org_id as org_id, year,
           unnest(case when len(ai_subfields) = 0 then ['unspecified'] else ai_subfields end) as topic,
           award_id, amount_hkd
    from funding_awards
    where ai_related
),

funding as (
    select org_id, year, topic, count(*) as ai_funding_awards, coalesce(sum(amount_hkd), 0) as ai_funding_hkd
    from funded
    group by all
),

keys as (
    select org_id, year, topic from published
    union select org_id, year, topic from mentioned
    union select org_id, year, topic from funding
),

final as (
    select u.org_id, u.name, u.name_zh, k.year, k.topic,
           coalesce(p.ai_articles_published, 0) as ai_articles_published,
           coalesce(m.ai_articles_mentioning, 0) as ai_articles_mentioning,
           coalesce(f.ai_funding_awards, 0) as ai_funding_awards,
           coalesce(f.ai_funding_hkd, 0) as ai_funding_hkd
    from universities u
    join keys k using (org_id)
    left join published p using (org_id, year, topic)
    left join mentioned m using (org_id, year, topic)
    left join funding f using (org_id, year, topic)
)

select org_id || '|' || coalesce(year::varchar, 'undated') || '|' || topic as row_key,
       org_id, name, name_zh, year, topic, ai_articles_published, ai_articles_mentioning, ai_funding_awards,
       ai_funding_hkd
from final
order by name, year, topic
