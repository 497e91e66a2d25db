-- Today's funded projects; the parameter is the snapshot date.
with final as (
    select ?::date as snapshot_date, award_id, scheme, title, recipient_org_id, amount_hkd, year, ai_related
    from funding_awards
)

select snapshot_date, award_id, scheme, title, recipient_org_id, amount_hkd, year, ai_related
from final
