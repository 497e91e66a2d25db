-- Share of each year's articles that are cross-border: of the pillar cross_border, or naming a Mainland place.
-- reads: articles
with final as (
    select year(published_date) as year, count(*) as articles,
           count(*) filter (list_contains(pillars, 'cross_border')) as cross_border_articles,
           count(*) filter (len(places) > 0) as naming_a_place,
           round(100.0 * count(*) filter (list_contains(pillars, 'cross_border')) / count(*), 1) as cross_border_pct,
           round(100.0 * count(*) filter (len(places) > 0) / count(*), 1) as naming_a_place_pct
    from articles
    where published_date is not null
    group by all
    order by year
)

select * from final
