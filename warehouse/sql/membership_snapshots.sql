-- Today's programme memberships; the parameter is the snapshot date.
with final as (
    select ?::date as snapshot_date, org_id, programme_id, status, year
    from memberships
)

select snapshot_date, org_id, programme_id, status, year
from final
