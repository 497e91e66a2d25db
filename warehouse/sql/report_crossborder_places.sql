-- Greater Bay Area and Mainland places named by articles: how many articles name each, and of them about AI.
-- reads: articles
with named as (select article_id, ai_relevant, unnest(places) as place from articles),

final as (
    select place, count(distinct article_id) as articles,
           count(distinct article_id) filter (ai_relevant) as ai_articles
    from named group by all
    order by articles desc, place
)

select * from final
