-- Articles per month and source, and of them about AI.
-- reads: articles, sources
with final as (
    select date_trunc('month', a.published_date)::date as month, a.source, s.title as source_title,
           count(*) as articles, count(*) filter (a.ai_relevant) as ai_articles,
           count(*) filter (not a.ai_relevant) as other_articles
    from articles a left join sources s using (source)
    where a.published_date is not null
    group by all
    order by month, source
)

select * from final
