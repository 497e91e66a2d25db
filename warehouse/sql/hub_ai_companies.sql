-- AI companies of each hub by AI subfield (a company without a subfield counts as 'unspecified').
with ai_companies as (
    select org_id, hubs,
           case when len(ai_subfields) = 0 then ['unspecified'] else ai_subfields end as fields
    from organizations
    where ai_related and kind in ('startup', 'corporate')
),

companies_by_hub as (
    select org_id, unnest(hubs) as hub, fields from ai_companies
),

companies_by_field as (
    select org_id, hub, unnest(fields) as ai_subfield from companies_by_hub
),

final as (
    select hub, ai_subfield, count(distinct org_id) as companies
    from companies_by_field
    group by all
)

select hub, ai_subfield, companies
from final
order by hub, companies desc, ai_subfield
