-- The data checks of the last build: failed ones first.
-- reads: check_results
with final as (
    select table_name, check_name, passed, blocking, detail, checked_at
    from check_results
    order by passed, not blocking, table_name, check_name
)

select * from final
