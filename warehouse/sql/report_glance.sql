-- Key figures of the ecosystem, one row each: the number shown and the table it is counted from.
-- reads: organizations, research_units, funding_awards, articles
with figures as (
    select 1 as position, 'organizations' as figure, 'Organizations' as label,
           count(*)::double as value, 'organizations' as from_table
    from organizations
    union all
    select 2, 'ai_organizations', 'of them AI-related', count(*) filter (ai_related), 'organizations'
    from organizations
    union all
    select 3, 'ai_share_pct', 'AI share of organizations (%)',
           round(100.0 * count(*) filter (ai_related) / nullif(count(*), 0), 1), 'organizations'
    from organizations
    union all
    select 4, 'innohk_labs', 'InnoHK labs', count(*), 'research_units'
    from research_units where cluster is not null
    union all
    select 5, 'air_innohk_labs', 'of them in AIR@InnoHK (AI and robotics)', count(*), 'research_units'
    from research_units where cluster = 'AIR@InnoHK'
    union all
    select 6, 'funded_projects', 'Funded projects', count(*), 'funding_awards'
    from funding_awards
    union all
    select 7, 'funding_total_hkd', 'Funding approved (HKD)', coalesce(sum(amount_hkd), 0), 'funding_awards'
    from funding_awards
    union all
    -- "This year" is the calendar year in Hong Kong when the report is built.
    select 8, 'articles_this_year', 'Articles published in ' || year(current_date), count(*), 'articles'
    from articles where year(published_date) = year(current_date)
    union all
    select 9, 'ai_articles_this_year', 'of them about AI', count(*) filter (ai_relevant), 'articles'
    from articles where year(published_date) = year(current_date)
),

final as (select figure, label, value, from_table from figures order by position)

select * from final
