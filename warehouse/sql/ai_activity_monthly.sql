-- Stories, AI stories and organizations mentioned, by month, pillar and source. A story is an article and its
-- other-language twin (articles.story_id): it counts once. An article without a pillar counts under
-- 'no_pillar' (never dropped); one with two pillars counts under both.
with articles_by_pillar as (
    select date_trunc('month', published_date)::date as month,
           unnest(case when len(pillars) = 0 then ['no_pillar'] else pillars end) as pillar,
           source, publisher, article_id, story_id, ai_relevant
    from articles
),

final as (
    select p.month, p.pillar, p.source, any_value(p.publisher) as publisher,
           count(distinct p.story_id) as articles,
           count(distinct p.story_id) filter (p.ai_relevant) as ai_articles,
           count(distinct m.org_id) as organizations_mentioned
    from articles_by_pillar p left join mentions m using (article_id)
    group by p.month, p.pillar, p.source
)

select coalesce(strftime(month, '%Y-%m'), 'undated') || '|' || pillar || '|' || source as row_key,
       month, pillar, source, publisher, articles, ai_articles, organizations_mentioned
from final
order by month, pillar, source
