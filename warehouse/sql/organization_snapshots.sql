-- Today's state of every organization; the parameter is the snapshot date.
with final as (
    select ?::date as snapshot_date, org_id, name, name_zh, kind, hubs, ai_related, ai_subfields, listed
    from organizations
)

select snapshot_date, org_id, name, name_zh, kind, hubs, ai_related, ai_subfields, listed
from final
