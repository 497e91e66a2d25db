-- AI companies of each hub by AI subfield (a company without a subfield counts as 'unspecified'), ranked:
-- hub_rank orders the hubs within a sub-field, subfield_rank the sub-fields within a hub, both by companies
-- (most first; ties share a rank). 'unspecified' says no sub-field was evidenced: it is not ranked.
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

counted as (
    select hub, ai_subfield, count(distinct org_id) as companies
    from companies_by_field
    group by all
),

ranked as (
    select hub, ai_subfield, companies,
           rank() over (partition by ai_subfield order by companies desc) as hub_rank,
           rank() over (partition by hub order by companies desc) as subfield_rank
    from counted
    where ai_subfield <> 'unspecified'
),

final as (
    select c.hub, c.ai_subfield, c.companies, r.hub_rank, r.subfield_rank
    from counted c left join ranked r using (hub, ai_subfield)
)

select hub || '|' || ai_subfield as row_key, hub, ai_subfield, companies, hub_rank, subfield_rank
from final
order by hub, subfield_rank nulls last, ai_subfield
