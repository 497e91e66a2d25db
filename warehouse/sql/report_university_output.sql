-- AI articles of each university's own news by year and AI sub-field (an article in two sub-fields counts in both).
-- reads: articles, organizations
with universities as (
    select org_id, name, name_zh, concat_ws(' ', name, name_zh) as university
    from organizations where kind = 'university'
),

ai_news as (
    -- A university's own news source names the university as its publisher.
    select u.university, year(a.published_date) as year, a.article_id,
           case when len(a.ai_subfields) = 0 then ['unspecified'] else a.ai_subfields end as fields
    from articles a join universities u on a.publisher = u.name
    where a.ai_relevant and a.published_date is not null
),

by_field as (select university, year, article_id, unnest(fields) as ai_subfield from ai_news),

final as (
    select university, year, ai_subfield, count(distinct article_id) as ai_articles
    from by_field group by all
    order by university, year, ai_subfield
)

select * from final
