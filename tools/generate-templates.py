#!/usr/bin/env python3
# Writes the bundled design templates (resources/templates/NN-name.json, File > New from
# Template and `archstudio templates`). Edit a template here, run this script, and check the
# result with `archstudio validate --strict` and `archstudio evaluate` (docs/TEACHING.md).
# The number in a file's name is its place in the list; the rest is the template's name.
import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'templates')
E, W = 'us-east-1', 'us-west-2'
def zones(r): return [r + s for s in 'abc']
def region(r): return {"code": r, "zones": zones(r)}
def workload(id, name, r, zs, reads, writes, size=2, peak=2.0, **extra):
    p = {"readsPerSecond": reads, "writesPerSecond": writes, "itemSizeKiB": size, "peakFactor": peak}
    p.update(extra)
    return {"id": id, "kind": "workload", "name": name, "placement": {"region": r, "zones": zs}, "properties": p}
def zonal(id, kind, name, r, z, **props):
    return {"id": id, "kind": kind, "name": name, "placement": {"region": r, "zone": z}, "properties": props}
def regional(id, kind, name, r, **props):
    return {"id": id, "kind": kind, "name": name, "placement": {"region": r}, "properties": props}
def link(a, b, traffic, share=None):
    l = {"from": a, "to": b, "traffic": traffic}
    if share is not None: l["readShare"] = share
    return l
def write_numbered(folder, items):
    """Replaces the folder's NN-name.json files with the (name, design) items, in order."""
    for f in os.listdir(folder):
        if f.endswith('.json'): os.remove(os.path.join(folder, f))
    for i, (name, d) in enumerate(items, 1):
        with open(os.path.join(folder, '%02d-%s.json' % (i, name)), 'w') as fh:
            json.dump(d, fh, indent=2)
            fh.write('\n')
    print(len(items), 'written to', os.path.normpath(folder))

def design(name, description, regions, components, links):
    return {"format": "archstudio-design", "formatVersion": 1, "name": name, "description": description,
            "catalog": "aws", "regions": regions, "components": components, "links": links}

T = []
T.append(("single-az-starter", design(
    "Single-AZ starter",
    "One PostgreSQL instance in one Availability Zone behind a small application. The cheapest way to run a relational "
    "database, and the right start for development, tests and prototypes. The trade-off is availability: when the "
    "instance or its zone fails there is no standby, so the database is down until AWS replaces the host or you restore "
    "a backup, and writes since the last backup can be lost. Nothing is left over to serve reads either.",
    [region(E)],
    [workload("app", "Web application", E, [E + "a"], 150, 15, peak=2.0),
     zonal("db", "rds", "App database (PostgreSQL)", E, E + "a", engine="postgres", instanceClass="db.t4g.medium",
           deployment="single-az", storageType="gp3", storageGiB=50)],
    [link("app", "db", "reads-writes")])))

T.append(("rds-multi-az", design(
    "RDS Multi-AZ instance",
    "A PostgreSQL primary with a synchronous standby in a second Availability Zone. Choose it when a relational "
    "database must survive the loss of an instance or a zone without losing committed writes. The standby only waits: "
    "it serves no reads, so you pay for two instances and get the read capacity of one. A failover takes one to two "
    "minutes while DNS moves to the standby. Multi-AZ is about availability, not about scaling.",
    [region(E)],
    [workload("orders-api", "Orders API", E, [E + "a", E + "b"], 1200, 150, peak=2.5),
     zonal("orders-db", "rds", "Orders (PostgreSQL)", E, E + "a", engine="postgres", instanceClass="db.r6g.large",
           deployment="multi-az-instance", standbyZone=E + "b", storageType="gp3", storageGiB=200, backupGiB=100)],
    [link("orders-api", "orders-db", "reads-writes")])))

T.append(("rds-multi-az-cluster", design(
    "Multi-AZ DB cluster with readable standbys",
    "A writer and two standbys in three Availability Zones. Unlike the Multi-AZ instance, the standbys serve reads, "
    "and a failover usually completes in well under a minute. Choose it for a relational workload that needs both fast "
    "failover and some read scaling without Aurora. It costs three instances, and reads from a standby may lag the "
    "writer slightly.",
    [region(E)],
    [workload("ledger-api", "Ledger API", E, zones(E), 3000, 300, peak=2.0),
     zonal("ledger-db", "rds", "Ledger (PostgreSQL)", E, E + "a", engine="postgres", instanceClass="db.r6g.large",
           deployment="multi-az-cluster", standbyZone=E + "b", storageType="gp3", storageGiB=400)],
    [link("ledger-api", "ledger-db", "reads-writes")])))

T.append(("rds-read-replicas", design(
    "RDS with read replicas",
    "A Multi-AZ primary for writes and two asynchronous read replicas that take most of the reads. Choose replicas when "
    "reads far outnumber writes and the primary would otherwise run hot. They scale reads, not availability: a replica "
    "is not promoted on its own, and what it returns may trail the primary by seconds, so reads that must see the "
    "latest write still go to the primary.",
    [region(E)],
    [workload("catalog-api", "Product catalog API", E, zones(E), 4000, 80, size=2, peak=3.0),
     zonal("catalog-db", "rds", "Catalog (MySQL)", E, E + "a", engine="mysql", instanceClass="db.r6g.large",
           deployment="multi-az-instance", standbyZone=E + "b", storageType="gp3", storageGiB=300),
     zonal("replica-b", "rds-replica", "Catalog replica B", E, E + "b", replicaOf="catalog-db"),
     zonal("replica-c", "rds-replica", "Catalog replica C", E, E + "c", replicaOf="catalog-db")],
    [link("catalog-api", "catalog-db", "reads-writes", 0.2),
     link("catalog-api", "replica-b", "reads", 0.4),
     link("catalog-api", "replica-c", "reads", 0.4)])))

T.append(("cross-region-dr-replica", design(
    "Cross-region disaster-recovery replica",
    "A Multi-AZ primary in one region and a read replica in another, kept for the day the whole region is lost. Choose "
    "it when the business must survive a regional outage at modest cost. Recovery is manual: someone promotes the "
    "replica and points the application at it, which takes minutes, and the writes not yet replicated (usually "
    "seconds' worth) are lost. Replication across regions is also billed as data transfer.",
    [region(E), region(W)],
    [workload("billing", "Billing service", E, [E + "a", E + "b"], 800, 200, peak=2.0),
     zonal("billing-db", "rds", "Billing (PostgreSQL)", E, E + "a", engine="postgres", instanceClass="db.r6g.large",
           deployment="multi-az-instance", standbyZone=E + "b", storageType="gp3", storageGiB=250, backupGiB=250),
     zonal("billing-dr", "rds-replica", "Billing DR replica", W, W + "a", replicaOf="billing-db")],
    [link("billing", "billing-db", "reads-writes")])))

T.append(("aurora-readers", design(
    "Aurora with readers",
    "An Aurora cluster with a writer and two readers in three Availability Zones. Storage is shared and kept in six "
    "copies across three zones, so readers trail the writer by milliseconds and one is promoted in about thirty "
    "seconds when the writer fails. Choose it for a busy relational workload that needs fast failover and read "
    "scaling. It costs more than RDS for the same instance size, and standard storage bills every I/O request.",
    [region(E)],
    [workload("content-api", "Content API", E, zones(E), 5000, 400, peak=2.5),
     regional("content", "aurora-cluster", "Content cluster", E, engine="aurora-postgresql", storageConfig="standard",
              storageGiB=500),
     zonal("content-writer", "aurora-instance", "Writer", E, E + "a", cluster="content", role="writer",
           instanceClass="db.r6g.large", failoverTier=0),
     zonal("content-reader-b", "aurora-instance", "Reader B", E, E + "b", cluster="content", role="reader",
           instanceClass="db.r6g.large", failoverTier=1),
     zonal("content-reader-c", "aurora-instance", "Reader C", E, E + "c", cluster="content", role="reader",
           instanceClass="db.r6g.large", failoverTier=1)],
    [link("content-api", "content-writer", "reads-writes", 0.2),
     link("content-api", "content-reader-b", "reads", 0.4),
     link("content-api", "content-reader-c", "reads", 0.4)])))

T.append(("aurora-serverless-v2", design(
    "Aurora Serverless v2",
    "An Aurora cluster whose writer and reader grow and shrink with the load, billed per capacity unit and second. "
    "Choose it for traffic that is quiet most of the day with sharp peaks, or for many small databases. At a steady "
    "high load it costs more than provisioned instances of the same power, and capacity added during a sudden surge "
    "takes a moment to arrive.",
    [region(E)],
    [workload("events", "Event ticketing", E, [E + "a", E + "b"], 400, 60, peak=8.0),
     regional("tickets", "aurora-cluster", "Tickets cluster", E, engine="aurora-mysql", storageConfig="standard",
              storageGiB=80),
     zonal("tickets-writer", "aurora-instance", "Serverless writer", E, E + "a", cluster="tickets", role="writer",
           serverlessV2=True, minAcu=0.5, maxAcu=32, failoverTier=0),
     zonal("tickets-reader", "aurora-instance", "Serverless reader", E, E + "b", cluster="tickets", role="reader",
           serverlessV2=True, minAcu=0.5, maxAcu=32, failoverTier=1)],
    [link("events", "tickets-writer", "reads-writes", 0.5),
     link("events", "tickets-reader", "reads", 0.5)])))

T.append(("aurora-global-database", design(
    "Aurora Global Database",
    "An Aurora cluster in one region replicated to a second region with a lag of about a second. Users in the second "
    "region read from local readers; all writes still go to the primary region. Choose it when users on two "
    "continents need fast reads, or when a regional outage must be survived with little data lost. Promoting the "
    "secondary takes about a minute, writes from the far region cross the continent, and every replicated write is "
    "billed.",
    [region(E), region(W)],
    [workload("east-app", "Storefront (east)", E, [E + "a", E + "b"], 3000, 300, peak=2.0),
     workload("west-app", "Storefront (west)", W, [W + "a", W + "b"], 2000, 100, peak=2.0),
     regional("shop", "aurora-cluster", "Shop (global)", E, engine="aurora-postgresql", storageConfig="standard",
              storageGiB=300, globalSecondaryRegions=[W]),
     zonal("shop-writer", "aurora-instance", "Writer", E, E + "a", cluster="shop", role="writer",
           instanceClass="db.r6g.xlarge", failoverTier=0),
     zonal("shop-reader-east", "aurora-instance", "Reader (east)", E, E + "b", cluster="shop", role="reader",
           instanceClass="db.r6g.large", failoverTier=1),
     zonal("shop-reader-west", "aurora-instance", "Reader (west)", W, W + "a", cluster="shop", role="reader",
           instanceClass="db.r6g.large", failoverTier=2)],
    [link("east-app", "shop-writer", "reads-writes", 0.3),
     link("east-app", "shop-reader-east", "reads", 0.7),
     link("west-app", "shop-reader-west", "reads"),
     link("west-app", "shop-writer", "writes")])))

T.append(("dynamodb-on-demand", design(
    "DynamoDB on-demand",
    "A DynamoDB table billed per request, with point-in-time recovery. There is no server or cluster to size: the "
    "table spans the region's zones and answers in single-digit milliseconds at any volume. Choose it for simple "
    "key-based access such as carts, sessions or device state, especially when traffic is uneven. The price is query "
    "flexibility: no joins or ad-hoc queries, so the access patterns must be known up front. At a high steady rate, "
    "provisioned capacity is cheaper.",
    [region(E)],
    [workload("cart-api", "Shopping cart API", E, zones(E), 1000, 200, size=1, peak=3.0),
     regional("carts", "dynamodb", "Carts", E, capacityMode="on-demand", storageGiB=25, pointInTimeRecovery=True)],
    [link("cart-api", "carts", "reads-writes")])))

T.append(("dynamodb-global-dax", design(
    "DynamoDB global table with DAX",
    "A DynamoDB global table with replicas in two regions, both writable, and a DAX cluster in front of it in the "
    "main region for microsecond reads of hot items. Choose it for a key-value workload whose users are in several "
    "regions and which must keep working through a regional outage. Replication between regions is asynchronous, so "
    "a read in one region may miss a write made a second ago in the other, and simultaneous writes to one item are "
    "settled by last writer wins. Every write is paid in each region.",
    [region(E), region(W)],
    [workload("profiles-east", "Profiles (east)", E, zones(E), 8000, 300, size=1, peak=2.0),
     workload("profiles-west", "Profiles (west)", W, zones(W), 4000, 150, size=1, peak=2.0),
     regional("profiles", "dynamodb", "User profiles", E, capacityMode="on-demand", storageGiB=60,
              globalTableRegions=[W], pointInTimeRecovery=True, dax={"nodeType": "dax.r5.large", "nodes": 3})],
    [link("profiles-east", "profiles", "reads-writes"),
     link("profiles-west", "profiles", "reads-writes")])))

T.append(("cache-aside", design(
    "Cache-aside with ElastiCache in front of RDS",
    "A Valkey cache with a replica in a second zone in front of a Multi-AZ PostgreSQL database. The application looks "
    "in the cache first and reads the database only on a miss, so most reads take well under a millisecond and the "
    "database sees a fraction of them. Choose it when the same data is read again and again. The hard part is "
    "staleness: a cached entry may outlive a change in the database until its time-to-live ends or the application "
    "deletes it. If the cache fails, every read falls on the database at once.",
    [region(E)],
    [workload("news", "News site", E, [E + "a", E + "b"], 4000, 40, size=2, peak=3.0),
     zonal("news-cache", "elasticache", "Article cache (Valkey)", E, E + "a", engine="valkey", deployment="node-based",
           nodeType="cache.r7g.large", shards=1, replicasPerShard=1, multiAz=True, hitRatio=0.9),
     zonal("news-db", "rds", "Articles (PostgreSQL)", E, E + "a", engine="postgres", instanceClass="db.r6g.large",
           deployment="multi-az-instance", standbyZone=E + "b", storageType="gp3", storageGiB=200)],
    [link("news", "news-cache", "reads"),
     link("news", "news-db", "reads-writes")])))

T.append(("elasticache-serverless", design(
    "ElastiCache Serverless",
    "A serverless Valkey cache in front of an on-demand DynamoDB table. The cache spreads itself across the region's "
    "zones and scales with the load, billed by data stored and by processing units, with nothing to size. Choose it "
    "for a cache whose load is hard to predict, or to avoid managing nodes. Every serverless cache is billed for a "
    "minimum amount of data, so a small, steady cache on one node costs less.",
    [region(E)],
    [workload("leaderboard", "Game leaderboard", E, zones(E), 12000, 800, size=1, peak=4.0),
     regional("scores-cache", "elasticache", "Score cache (serverless)", E, engine="valkey", deployment="serverless",
              dataGiB=3, hitRatio=0.95),
     regional("scores", "dynamodb", "Scores", E, capacityMode="on-demand", storageGiB=10)],
    [link("leaderboard", "scores-cache", "reads"),
     link("leaderboard", "scores", "reads-writes")])))

write_numbered(OUT, T)
