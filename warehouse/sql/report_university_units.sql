-- Research units of each university: InnoHK labs by cluster, other units about AI, other units.
-- reads: research_units, organizations
with units as (
    select concat_ws(' ', p.name, p.name_zh) as university,
           case when r.cluster is not null then r.cluster || ' lab'
                when r.ai_related then 'other unit, about AI'
                else 'other unit' end as unit_kind,
           r.org_id
    from research_units r join organizations p on r.parent_org_id = p.org_id
    where p.kind = 'university'
),

final as (
    select university, unit_kind, count(*) as units
    from units group by all
    order by university, unit_kind
)

select * from final
