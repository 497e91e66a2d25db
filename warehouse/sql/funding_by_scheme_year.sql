-- Funding awards by scheme and year, with the AI share.
with final as (
    select scheme, year, count(*) as projects, sum(amount_hkd) as amount_hkd,
           count(*) filter (ai_related) as ai_projects,
           coalesce(sum(amount_hkd) filter (ai_related), 0) as ai_amount_hkd
    from funding_awards
    group by all
)

select scheme || '|' || coalesce(year::varchar, 'undated') as row_key, scheme, year, projects, amount_hkd, ai_projects, ai_amount_hkd
from final
order by year, scheme
