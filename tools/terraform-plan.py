#!/usr/bin/env python3
"""Writes a Terraform plan (terraform show -json format) of N resources for benchmarks:
RDS Multi-AZ instances, DynamoDB tables and ElastiCache replication groups in turn, in
us-east-1. docs/BENCHMARKS.md.

  tools/terraform-plan.py 10000 /tmp/plan10k.json
"""
import json, sys
n=int(sys.argv[1])
res=[]; changes=[]
for i in range(n):
    kind=i%3
    if kind==0:
        t='aws_db_instance'; v={"identifier":f"db{i}","engine":"postgres","instance_class":"db.r6g.large","multi_az":True,"allocated_storage":100,"storage_type":"gp3","availability_zone":"us-east-1a"}
    elif kind==1:
        t='aws_dynamodb_table'; v={"name":f"t{i}","billing_mode":"PAY_PER_REQUEST"}
    else:
        t='aws_elasticache_replication_group'; v={"replication_group_id":f"c{i}","engine":"redis","node_type":"cache.r7g.large","num_node_groups":1,"replicas_per_node_group":1,"multi_az_enabled":True,"preferred_cache_cluster_azs":["us-east-1b","us-east-1c"]}
    addr=f"{t}.r{i}"
    res.append({"address":addr,"mode":"managed","type":t,"name":f"r{i}","provider_name":"registry.terraform.io/hashicorp/aws","values":v})
    changes.append({"address":addr,"mode":"managed","type":t,"name":f"r{i}","change":{"actions":["create"],"after":v,"after_unknown":{}}})
plan={"format_version":"1.2","terraform_version":"1.9.0","planned_values":{"root_module":{"resources":res}},"resource_changes":changes,
 "configuration":{"provider_config":{"aws":{"name":"aws","expressions":{"region":{"constant_value":"us-east-1"}}}},"root_module":{}}}
json.dump(plan,open(sys.argv[2],'w'))
