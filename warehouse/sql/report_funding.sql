-- Funded projects and amounts by scheme and year ("no year" when the source states none; no amount when none is stated).
-- reads: funding_by_scheme_year
with final as (
    select scheme, coalesce(f.year::varchar, 'no year') as year, projects,
           amount_hkd, ai_projects, ai_amount_hkd
    from funding_by_scheme_year f
    order by f.year is null, f.year, scheme
)

select * from final
