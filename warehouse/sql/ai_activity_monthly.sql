-- Articles, AI articles and organisations mentioned, by pillar and month.
with articles_by_pillar as (
    select date_trunc('month', published_date)::date as month, unnest(pillars) as pillar,
           article_id, ai_relevant
    from articles
),

final as (
    select p.month, p.pillar, count(distinct p.article_id) as articles,
           count(distinct p.article_id) filter (p.ai_relevant) as ai_articles,
           count(distinct m.org_id) as organisations_mentioned
    from articles_by_pillar p left join mentions m using (article_id)
    group by all
)

select month, pillar, articles, ai_articles, organisations_mentioned
from final
order by month, pillar
