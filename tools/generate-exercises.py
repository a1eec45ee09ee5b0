#!/usr/bin/env python3
# Writes the bundled exercises (resources/exercises/NN-name.json): each a starting design that
# misses its goals, the goals, hints, and the instructor's model answer as the variant
# "Model answer". tst_exercises proves every start fails and every model answer passes.
# Check the figures with `archstudio check FILE --exercise FILE` (docs/TEACHING.md).
import importlib.util, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('templates', os.path.join(HERE, 'generate-templates.py'))
t = importlib.util.module_from_spec(spec)
# Only the builders are wanted, not a rewrite of the templates.
source = open(os.path.join(HERE, 'generate-templates.py')).read().split('\nT = []')[0]
exec(compile(source, 'generate-templates.py', 'exec'), t.__dict__)
OUT = os.path.join(HERE, '..', 'resources', 'exercises')
E, W = t.E, t.W

def goal(kind, value, **extra):
    g = {"kind": kind, "value": value}
    g.update(extra)
    return g

def exercise(name, brief, goals, hints, start, answer):
    d = dict(start)
    d["formatVersion"] = 2
    d["name"] = name
    d["variant"] = "Your design"
    variant = {"name": "Model answer"}
    variant.update({k: v for k, v in answer.items()
                    if k not in ("format", "formatVersion", "name", "description", "catalog")})
    d["variants"] = [variant]
    d["exercise"] = {"brief": brief, "goals": goals, "hints": hints}
    return d

def content(regions, components, links):
    return {"format": "archstudio-design", "formatVersion": 1, "catalog": "aws",
            "regions": regions, "components": components, "links": links}

X = []
app = lambda reads, writes, **kw: t.workload("app", "Orders API", E, [E + "a", E + "b"], reads, writes, **kw)
single = lambda: t.zonal("db", "rds", "Orders (PostgreSQL)", E, E + "a", engine="postgres",
                         instanceClass="db.r6g.large", deployment="single-az", storageType="gp3", storageGiB=200)
multi = lambda: t.zonal("db", "rds", "Orders (PostgreSQL)", E, E + "a", engine="postgres",
                        instanceClass="db.r6g.large", deployment="multi-az-instance", standbyZone=E + "b",
                        storageType="gp3", storageGiB=200)

X.append(("survive-a-zone", exercise(
    "Survive losing a zone",
    "The orders API runs in two Availability Zones, but its database lives in one. Change the design so that "
    "losing any one zone interrupts writes for at most three minutes and loses no committed order, without "
    "spending more than $800 a month.",
    [goal("survives-zone-loss", 180), goal("max-rpo-seconds", 0), goal("max-monthly-cost", 800)],
    ["Fail us-east-1a (right-click the zone) and watch the timeline: what is down, and for how long?",
     "A standby in another zone takes over on its own. Which RDS deployment gives you one?",
     "Set the database's deployment to multi-az-instance with its standby in us-east-1b."],
    content([t.region(E)], [app(800, 120), single()], [t.link("app", "db", "reads-writes")]),
    content([t.region(E)], [app(800, 120), multi()], [t.link("app", "db", "reads-writes")]))))

# A read-heavy catalogue: one primary runs hot at peak; replicas spread the reads.
cat_app = lambda: t.workload("catalog-api", "Catalogue API", E, [E + "a", E + "b", E + "c"], 9000, 50, size=2, peak=3.0)
cat_db = lambda: t.zonal("catalog-db", "rds", "Catalogue (MySQL)", E, E + "a", engine="mysql",
                         instanceClass="db.r6g.large", deployment="multi-az-instance", standbyZone=E + "b",
                         storageType="gp3", storageGiB=200)
X.append(("read-heavy-catalogue", exercise(
    "A read-heavy catalogue",
    "Shoppers browse the catalogue far more than it changes. At peak, reads must stay under 5 ms at the 99th "
    "percentile, and the bill under $1,500 a month. Keep the catalogue available through the loss of a zone.",
    [goal("max-p99-ms", 5, workload="catalog-api", operation="reads"), goal("max-monthly-cost", 1500),
     goal("survives-zone-loss", 180)],
    ["Look at the database's utilisation at peak in the summary: how close to 100% is it?",
     "Read replicas take reads off the primary; the workload's links decide how reads are shared.",
     "Add two read replicas in us-east-1b and us-east-1c and send 40% of the reads to each."],
    content([t.region(E)], [cat_app(), cat_db()], [t.link("catalog-api", "catalog-db", "reads-writes")]),
    content([t.region(E)],
            [cat_app(), cat_db(),
             t.zonal("replica-b", "rds-replica", "Replica B", E, E + "b", replicaOf="catalog-db"),
             t.zonal("replica-c", "rds-replica", "Replica C", E, E + "c", replicaOf="catalog-db")],
            [t.link("catalog-api", "catalog-db", "reads-writes", 0.2),
             t.link("catalog-api", "replica-b", "reads", 0.4),
             t.link("catalog-api", "replica-c", "reads", 0.4)]))))

# Users on two coasts: reads across the continent are slow; a replica in the west is not.
east_app = lambda: t.workload("east-app", "Storefront (east)", E, [E + "a", E + "b"], 1500, 150)
west_app = lambda: t.workload("west-app", "Storefront (west)", W, [W + "a", W + "b"], 1500, 50)
shop_db = lambda: t.zonal("shop-db", "rds", "Shop (PostgreSQL)", E, E + "a", engine="postgres",
                          instanceClass="db.r6g.large", deployment="multi-az-instance", standbyZone=E + "b",
                          storageType="gp3", storageGiB=200)
X.append(("two-coasts", exercise(
    "Fast reads on two coasts",
    "The shop's users are split between the east and the west of the United States. Reads must take under 20 ms "
    "at the 99th percentile at peak for both storefronts, while every order is still written to one database.",
    [goal("max-p99-ms", 20, workload="east-app", operation="reads"),
     goal("max-p99-ms", 20, workload="west-app", operation="reads"), goal("max-rpo-seconds", 0)],
    ["Compare the two storefronts' read latency: where does the west's time go?",
     "A read replica can live in another region, next to the users who read from it.",
     "Add a read replica of shop-db in us-west-2a and send the west storefront's reads there."],
    content([t.region(E), t.region(W)], [east_app(), west_app(), shop_db()],
            [t.link("east-app", "shop-db", "reads-writes"), t.link("west-app", "shop-db", "reads-writes")]),
    content([t.region(E), t.region(W)],
            [east_app(), west_app(), shop_db(),
             t.zonal("shop-west", "rds-replica", "Shop replica (west)", W, W + "a", replicaOf="shop-db")],
            [t.link("east-app", "shop-db", "reads-writes"), t.link("west-app", "shop-west", "reads"),
             t.link("west-app", "shop-db", "writes")]))))

# Orders that must never be lost, and must be back within a minute.
order_app = lambda: t.workload("orders", "Order service", E, [E + "a", E + "b"], 600, 200)
X.append(("no-lost-orders", exercise(
    "No lost orders",
    "Every confirmed order must survive any single failure: no committed write may be lost, and the order service "
    "must be writing again within 60 seconds of losing a zone. A read replica is already there: is it enough?",
    [goal("max-rpo-seconds", 0), goal("survives-zone-loss", 60)],
    ["Fail the primary's zone: what happens to the replica, and to the writes that had not reached it yet?",
     "Synchronous storage across zones is what keeps committed writes; which engine fails over fastest?",
     "An Aurora cluster with a writer and a reader in another zone fails over in about 30 seconds."],
    content([t.region(E)],
            [order_app(),
             t.zonal("orders-db", "rds", "Orders (PostgreSQL)", E, E + "a", engine="postgres",
                     instanceClass="db.r6g.large", deployment="single-az", storageType="gp3", storageGiB=200),
             t.zonal("orders-replica", "rds-replica", "Orders replica", E, E + "b", replicaOf="orders-db")],
            [t.link("orders", "orders-db", "reads-writes", 0.5), t.link("orders", "orders-replica", "reads", 0.5)]),
    content([t.region(E)],
            [order_app(),
             t.regional("orders-cluster", "aurora-cluster", "Orders (Aurora)", E, engine="aurora-postgresql",
                        storageConfig="standard", storageGiB=200),
             t.zonal("orders-writer", "aurora-instance", "Writer", E, E + "a", cluster="orders-cluster",
                     role="writer", instanceClass="db.r6g.large", failoverTier=0),
             t.zonal("orders-reader", "aurora-instance", "Reader", E, E + "b", cluster="orders-cluster",
                     role="reader", instanceClass="db.r6g.large", failoverTier=1)],
            [t.link("orders", "orders-writer", "reads-writes", 0.5), t.link("orders", "orders-reader", "reads", 0.5)]))))

# A shopping cart: key-value access, no downtime tolerated.
cart_app = lambda: t.workload("cart", "Shopping cart", E, [E + "a", E + "b", E + "c"], 1000, 300, size=1, peak=4.0)
X.append(("shopping-cart", exercise(
    "A shopping cart that never stops",
    "Carts are read and written by user id, nothing more. The cart must keep working when a zone is lost, with no "
    "more than 10 seconds of interrupted writes, and cost under $800 a month.",
    [goal("survives-zone-loss", 10), goal("max-monthly-cost", 800), goal("max-rpo-seconds", 0)],
    ["How long does the relational database's failover take? Is any failover fast enough?",
     "Which store spreads itself across the region's zones with no failover at all?",
     "Replace the database with a DynamoDB table on demand."],
    content([t.region(E)],
            [cart_app(),
             t.zonal("cart-db", "rds", "Carts (MySQL)", E, E + "a", engine="mysql", instanceClass="db.r6g.large",
                     deployment="multi-az-instance", standbyZone=E + "b", storageType="gp3", storageGiB=50)],
            [t.link("cart", "cart-db", "reads-writes")]),
    content([t.region(E)],
            [cart_app(), t.regional("carts", "dynamodb", "Carts", E, capacityMode="on-demand", storageGiB=20)],
            [t.link("cart", "carts", "reads-writes")]))))

# A read spike: peak load eight times the average.
spike_app = lambda: t.workload("news", "News site", E, [E + "a", E + "b"], 2500, 20, size=4, peak=8.0)
spike_db = lambda: t.zonal("news-db", "rds", "Articles (PostgreSQL)", E, E + "a", engine="postgres",
                           instanceClass="db.r6g.large", deployment="multi-az-instance", standbyZone=E + "b",
                           storageType="gp3", storageGiB=100)
X.append(("read-spike", exercise(
    "Ready for the spike",
    "When a story breaks, readers arrive at eight times the usual rate. Reads must stay under 10 ms at the 99th "
    "percentile at that peak, for less than $2,000 a month. A cache or read replicas: choose, and compare.",
    [goal("max-p99-ms", 10, workload="news", operation="reads"), goal("max-monthly-cost", 2000)],
    ["Raise the Load slider: at what load does the database saturate?",
     "The same articles are read again and again: a cache answers most of them from memory.",
     "Put an ElastiCache cluster in front of the database with a hit ratio of 0.9, and send reads to it."],
    content([t.region(E)], [spike_app(), spike_db()], [t.link("news", "news-db", "reads-writes")]),
    content([t.region(E)],
            [spike_app(), spike_db(),
             t.zonal("news-cache", "elasticache", "Article cache", E, E + "a", engine="valkey",
                     deployment="node-based", nodeType="cache.r7g.large", shards=1, replicasPerShard=1,
                     multiAz=True, hitRatio=0.9)],
            [t.link("news", "news-cache", "reads"), t.link("news", "news-db", "reads-writes")]))))

t.write_numbered(OUT, X)
