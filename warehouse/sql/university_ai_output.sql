-- Each university's AI output: its own news, mentions elsewhere, research units and funding. News counts
-- stories (an article and its other-language twin once).
-- `university_news` (org_id, source) is registered by the caller from the anchor list.
with universities as (
    select org_id, name, name_zh from organizations where kind = 'university'
),

published as (
    select n.org_id, count(distinct a.story_id) as articles_published,
           count(distinct a.story_id) filter (a.ai_relevant) as ai_articles_published
    from university_news n join articles a using (source)
    group by all
),

mentioned as (
    select m.org_id, count(distinct a.story_id) as articles_mentioning,
           count(distinct a.story_id) filter (a.ai_relevant) as ai_articles_mentioning
    from mentions m join articles a using (article_id)
    group by all
),

units as (
    select parent_org_id as org_id, count(*) as research_units,
           count(*) filter (cluster is not null) as innohk_labs,
           count(*) filter (cluster = 'AIR@InnoHK') as air_innohk_labs
    from research_units
    group by all
),

funding as (
    select recipient_org_id as org_id, count(*) as funding_awards, sum(amount_hkd) as funding_hkd,
           count(*) filter (ai_related) as ai_funding_awards,
           sum(amount_hkd) filter (ai_related) as ai_funding_hkd
    from funding_awards
    group by all
),

final as (
    select u.org_id, u.name, u.name_zh,
           coalesce(p.articles_published, 0) as articles_published,
           coalesce(p.ai_articles_published, 0) as ai_articles_published,
           coalesce(m.articles_mentioning, 0) as articles_mentioning,
           coalesce(m.ai_articles_mentioning, 0) as ai_articles_mentioning,
           coalesce(r.research_units, 0) as research_units,
           coalesce(r.innohk_labs, 0) as innohk_labs,
           coalesce(r.air_innohk_labs, 0) as air_innohk_labs,
           coalesce(f.funding_awards, 0) as funding_awards,
           coalesce(f.funding_hkd, 0) as funding_hkd,
           coalesce(f.ai_funding_awards, 0) as ai_funding_awards,
           coalesce(f.ai_funding_hkd, 0) as ai_funding_hkd
    from universities u
    left join published p using (org_id)
    left join mentioned m using (org_id)
    left join units r using (org_id)
    left join funding f using (org_id)
)

select org_id as row_key, org_id, name, name_zh, articles_published, ai_articles_published, articles_mentioning,
       ai_articles_mentioning, research_units, innohk_labs, air_innohk_labs, funding_awards,
       funding_hkd, ai_funding_awards, ai_funding_hkd
from final
order by ai_articles_published + ai_articles_mentioning desc, name
