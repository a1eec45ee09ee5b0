<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Aws</name>
        <message>
            <source>%1 writer instance-hours</source>
            <translation>%1 Instanzstunden (Schreibinstanz)</translation>
        </message>
        <message>
            <source>%1 reader instance-hours</source>
            <translation>%1 Instanzstunden (Leseinstanz)</translation>
        </message>
        <message>
            <source>%1 %2 instance-hours</source>
            <comment>%2: an instance role</comment>
            <translation>%1 Instanzstunden (%2)</translation>
        </message>
        <message>
            <source>%1 (I/O-Optimized rate)</source>
            <comment>%1: a line item, such as db.r6g.large writer instance-hours</comment>
            <translation>%1 (I/O-Optimized-Preis)</translation>
        </message>
        <message>
            <source>Cluster storage (I/O-Optimized)</source>
            <translation>Cluster-Speicher (I/O-Optimized)</translation>
        </message>
        <message>
            <source>Cluster storage (Standard)</source>
            <translation>Cluster-Speicher (Standard)</translation>
        </message>
        <message>
            <source>I/O requests (derived from the load)</source>
            <translation>I/O-Anfragen (aus der Last abgeleitet)</translation>
        </message>
        <message>
            <source>I/O requests</source>
            <translation>I/O-Anfragen</translation>
        </message>
        <message>
            <source>Backup storage beyond the cluster size</source>
            <translation>Backup-Speicher über die Clustergröße hinaus</translation>
        </message>
        <message>
            <source>Global Database replicated writes to %1</source>
            <translation>Global Database: replizierte Schreibzugriffe nach %1</translation>
        </message>
        <message>
            <source>Secondary cluster storage in %1</source>
            <translation>Speicher des sekundären Clusters in %1</translation>
        </message>
        <message>
            <source>I/O is %1% of %2's spend: Aurora I/O-Optimized would likely cost less</source>
            <translation>I/O macht %1 % der Ausgaben von %2 aus: Aurora I/O-Optimized wäre wahrscheinlich günstiger</translation>
        </message>
        <message>
            <source>Switch storageConfig to io-optimized</source>
            <translation>storageConfig auf io-optimized umstellen</translation>
        </message>
        <message>
            <source>Serverless v2 ACU-hours (%1 ACU on average)</source>
            <translation>Serverless v2 ACU-Stunden (durchschnittlich %1 ACU)</translation>
        </message>
        <message>
            <source>instance class</source>
            <translation>Instanzklasse</translation>
        </message>
        <message>
            <source>DAX node type</source>
            <translation>DAX-Knotentyp</translation>
        </message>
        <message>
            <source>node type</source>
            <translation>Knotentyp</translation>
        </message>
        <message>
            <source>%1 runs on burstable %2: its CPU credits can run out under sustained load</source>
            <translation>%1 läuft auf %2 (Burstable-Klasse): Bei anhaltender Last können die CPU-Guthaben aufgebraucht werden</translation>
        </message>
        <message>
            <source>Use %1</source>
            <translation>%1 verwenden</translation>
        </message>
        <message>
            <source>AWS managed databases</source>
            <translation>Verwaltete AWS-Datenbanken</translation>
        </message>
        <message>
            <source>Provisioned read capacity (RCU-hours)</source>
            <translation>Bereitgestellte Lesekapazität (RCU-Stunden)</translation>
        </message>
        <message>
            <source>Provisioned replicated write capacity (rWCU-hours)</source>
            <translation>Bereitgestellte replizierte Schreibkapazität (rWCU-Stunden)</translation>
        </message>
        <message>
            <source>Provisioned write capacity (WCU-hours)</source>
            <translation>Bereitgestellte Schreibkapazität (WCU-Stunden)</translation>
        </message>
        <message>
            <source>On-demand read request units</source>
            <translation>On-Demand-Leseanforderungseinheiten</translation>
        </message>
        <message>
            <source>On-demand write request units</source>
            <translation>On-Demand-Schreibanforderungseinheiten</translation>
        </message>
        <message>
            <source>Table storage</source>
            <translation>Tabellenspeicher</translation>
        </message>
        <message>
            <source>Point-in-time recovery</source>
            <translation>Point-in-Time-Wiederherstellung</translation>
        </message>
        <message>
            <source>Replicated write capacity in %1 (rWCU-hours)</source>
            <translation>Replizierte Schreibkapazität in %1 (rWCU-Stunden)</translation>
        </message>
        <message>
            <source>Read capacity in %1 (RCU-hours)</source>
            <translation>Lesekapazität in %1 (RCU-Stunden)</translation>
        </message>
        <message>
            <source>Replicated writes to %1</source>
            <translation>Replizierte Schreibzugriffe nach %1</translation>
        </message>
        <message>
            <source>Replica storage in %1</source>
            <translation>Replikatspeicher in %1</translation>
        </message>
        <message>
            <source>DAX %1 node-hours</source>
            <translation>%1 DAX-Knotenstunden</translation>
        </message>
        <message>
            <source>%1 is provisioned below its peak load (%2% of capacity): requests will be throttled</source>
            <translation>%1 ist unterhalb der Spitzenlast bereitgestellt (%2 % der Kapazität): Anfragen werden gedrosselt</translation>
        </message>
        <message>
            <source>Provision %1 RCU and %2 WCU, or switch to on-demand</source>
            <translation>%1 RCU und %2 WCU bereitstellen oder auf On-Demand umstellen</translation>
        </message>
        <message>
            <source>Serverless data stored</source>
            <translation>Serverless: gespeicherte Daten</translation>
        </message>
        <message>
            <source>Serverless ECPUs</source>
            <translation>Serverless-ECPUs</translation>
        </message>
        <message>
            <source>%1 %2 node-hours</source>
            <comment>%2: the cache engine, e.g. valkey</comment>
            <translation>%1 Knotenstunden (%2)</translation>
        </message>
        <message>
            <source>offerCode "%1" is not one this importer reads (%2)</source>
            <translation>offerCode „%1“ wird von diesem Import nicht gelesen (%2)</translation>
        </message>
        <message>
            <source>%1: SKU %2 gives %3, SKU %4 gave %5; the first is kept</source>
            <translation>%1: SKU %2 ergibt %3, SKU %4 ergab %5; der erste Wert wird beibehalten</translation>
        </message>
        <message>
            <source>SKU %1: %2</source>
            <translation>SKU %1: %2</translation>
        </message>
        <message>
            <source>the OnDemand term has no price dimensions</source>
            <translation>die OnDemand-Konditionen haben keine Preisdimensionen</translation>
        </message>
        <message>
            <source>rate %1 has no USD price</source>
            <translation>Rate %1 hat keinen USD-Preis</translation>
        </message>
        <message>
            <source>rate %1: the USD price "%2" is not a number</source>
            <translation>Rate %1: Der USD-Preis „%2“ ist keine Zahl</translation>
        </message>
        <message>
            <source>line %1, column %2 (byte %3)</source>
            <translation>Zeile %1, Spalte %2 (Byte %3)</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1: kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1: cannot read: %2</source>
            <translation>%1: kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1: no offerCode: not an AWS Price List offer file</source>
            <translation>%1: kein offerCode: keine Angebotsdatei der AWS-Preisliste</translation>
        </message>
        <message>
            <source>%1: no "products" object: not an AWS Price List offer file</source>
            <translation>%1: kein Objekt „products“: keine Angebotsdatei der AWS-Preisliste</translation>
        </message>
        <message>
            <source>%1: no publicationDate</source>
            <translation>%1: kein publicationDate</translation>
        </message>
        <message>
            <source>%1: %2 replaces the value %3 of an earlier file</source>
            <translation>%1: %2 ersetzt den Wert %3 aus einer früheren Datei</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n product(s) not imported: %2</source>
            <translation>
                <numerusform>%1: %n Produkt nicht importiert: %2</numerusform>
                <numerusform>%1: %n Produkte nicht importiert: %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n product(s) have no OnDemand price</source>
            <translation>
                <numerusform>%1: %n Produkt hat keinen OnDemand-Preis</numerusform>
                <numerusform>%1: %n Produkte haben keinen OnDemand-Preis</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: and %2 more conflicting prices</source>
            <translation>%1: und %2 weitere widersprüchliche Preise</translation>
        </message>
        <message>
            <source>no offer files given</source>
            <translation>keine Angebotsdateien angegeben</translation>
        </message>
        <message>
            <source>AWS Price List bulk offer files</source>
            <translation>Bulk-Angebotsdateien der AWS-Preisliste</translation>
        </message>
        <message>
            <source>licensed instance rows (%1) are not imported</source>
            <translation>Zeilen für lizenzierte Instanzen (%1) werden nicht importiert</translation>
        </message>
        <message>
            <source>Aurora I/O-Optimized instance rates are not imported (the catalog keeps aurora.io-optimized-instance-factor)</source>
            <translation>Instanzpreise für Aurora I/O-Optimized werden nicht importiert (der Katalog behält aurora.io-optimized-instance-factor bei)</translation>
        </message>
        <message>
            <source>%1 has no catalog key</source>
            <translation>%1 hat keinen Katalogschlüssel</translation>
        </message>
        <message>
            <source>deployment option "%1" has no catalog key</source>
            <translation>Bereitstellungsoption „%1“ hat keinen Katalogschlüssel</translation>
        </message>
        <message>
            <source>storage for "%1" has no catalog key</source>
            <translation>Speicher für „%1“ hat keinen Katalogschlüssel</translation>
        </message>
        <message>
            <source>Standard-IA table class rates have no catalog key</source>
            <translation>Preise der Tabellenklasse Standard-IA haben keinen Katalogschlüssel</translation>
        </message>
        <message>
            <source>located in an "%1", not an AWS Region</source>
            <translation>Standorttyp „%1“, keine AWS-Region</translation>
        </message>
        <message>
            <source>no regionCode and location "%1" is not one the catalog knows</source>
            <translation>kein regionCode, und den Standort „%1“ kennt der Katalog nicht</translation>
        </message>
        <message>
            <source>unit "%1" is not per hour</source>
            <translation>Einheit „%1“ gilt nicht pro Stunde</translation>
        </message>
        <message>
            <source>unit "%1" is not per GB-month</source>
            <translation>Einheit „%1“ gilt nicht pro GB-Monat</translation>
        </message>
        <message>
            <source>unit "%1" is not per IOPS-month</source>
            <translation>Einheit „%1“ gilt nicht pro IOPS-Monat</translation>
        </message>
        <message>
            <source>unit "%1" is not per GB-hour</source>
            <translation>Einheit „%1“ gilt nicht pro GB-Stunde</translation>
        </message>
        <message>
            <source>unit "%1" is not per request</source>
            <translation>Einheit „%1“ gilt nicht pro Anfrage</translation>
        </message>
        <message>
            <source>the JSON text ends too early (truncated?)</source>
            <translation>der JSON-Text endet zu früh (abgeschnitten?)</translation>
        </message>
        <message>
            <source>unexpected text after the end of the JSON document</source>
            <translation>unerwarteter Text nach dem Ende des JSON-Dokuments</translation>
        </message>
        <message>
            <source>invalid JSON syntax</source>
            <translation>ungültige JSON-Syntax</translation>
        </message>
        <message>
            <source>nested too deeply</source>
            <translation>zu tief verschachtelt</translation>
        </message>
        <message>
            <source>a string is implausibly long</source>
            <translation>eine Zeichenkette ist unplausibel lang</translation>
        </message>
        <message>
            <source>%1 Multi-AZ storage</source>
            <translation>%1-Speicher (Multi-AZ)</translation>
        </message>
        <message>
            <source>%1 storage</source>
            <translation>%1-Speicher</translation>
        </message>
        <message>
            <source>gp3 IOPS above the %1 baseline</source>
            <translation>gp3-IOPS über der Basisleistung von %1 IOPS</translation>
        </message>
        <message>
            <source>%1 provisioned IOPS</source>
            <translation>Bereitgestellte IOPS (%1)</translation>
        </message>
        <message>
            <source>magnetic I/O (one per operation)</source>
            <translation>Magnetspeicher-I/O (eine pro Vorgang)</translation>
        </message>
        <message>
            <source>%1 Multi-AZ instance-hours</source>
            <translation>%1 Instanzstunden (Multi-AZ)</translation>
        </message>
        <message>
            <source>%1 Multi-AZ instance-hours (2 × Single-AZ rate)</source>
            <translation>%1 Instanzstunden (Multi-AZ, 2 × Single-AZ-Preis)</translation>
        </message>
        <message>
            <source>%1 Multi-AZ cluster (3 instances) instance-hours</source>
            <translation>%1 Instanzstunden (Multi-AZ-Cluster, 3 Instanzen)</translation>
        </message>
        <message>
            <source>%1 Single-AZ instance-hours</source>
            <translation>%1 Instanzstunden (Single-AZ)</translation>
        </message>
        <message>
            <source>Backup storage beyond the free allowance</source>
            <translation>Backup-Speicher über das kostenlose Kontingent hinaus</translation>
        </message>
        <message>
            <source>%1 read replica instance-hours</source>
            <translation>%1 Instanzstunden (Lesereplikat)</translation>
        </message>
        <message>
            <source>%1 is in the same zone as its primary %2: one AZ outage takes both</source>
            <translation>%1 liegt in derselben Zone wie die primäre Instanz %2: Ein AZ-Ausfall trifft beide</translation>
        </message>
        <message>
            <source>Move it to %1</source>
            <translation>Nach %1 verschieben</translation>
        </message>
        <message>
            <source>Move it to another zone of the region</source>
            <translation>In eine andere Zone der Region verschieben</translation>
        </message>
        <message>
            <source>%1: %2 is %3, not a number; it is ignored.</source>
            <translation>%1: %2 ist %3, keine Zahl; wird ignoriert.</translation>
        </message>
        <message>
            <source>%1: %2 is %3, not true or false; it is ignored.</source>
            <translation>%1: %2 ist %3, weder true noch false; wird ignoriert.</translation>
        </message>
        <message>
            <source>%1: the file does not say its region; it is placed in %2.</source>
            <translation>%1: Die Datei gibt keine Region an; wird in %2 platziert.</translation>
        </message>
        <message>
            <source>%1: its availability zone %2 is not one of region %3; it is placed in %4.</source>
            <translation>%1: Die Availability Zone %2 gehört nicht zur Region %3; wird in %4 platziert.</translation>
        </message>
        <message>
            <source>%1: its availability zone is unknown until apply; it is placed in %2.</source>
            <translation>%1: Die Availability Zone ist erst nach dem Apply bekannt; wird in %2 platziert.</translation>
        </message>
        <message>
            <source>%1: it names no availability zone; it is placed in %2.</source>
            <translation>%1: Es ist keine Availability Zone angegeben; wird in %2 platziert.</translation>
        </message>
        <message>
            <source>%1: %2 = %3 cannot be used (%4); it is left at the default.</source>
            <translation>%1: %2 = %3 ist nicht verwendbar (%4); der Standardwert bleibt erhalten.</translation>
        </message>
        <message>
            <source>%1: a provisioned table without a usable %2; it is set to 1.</source>
            <translation>%1: Tabelle mit bereitgestellter Kapazität ohne verwendbares %2; wird auf 1 gesetzt.</translation>
        </message>
        <message>
            <source>%1: a plan does not say how much data the table stores; set its storage.</source>
            <translation>%1: Ein Plan gibt nicht an, wie viele Daten die Tabelle speichert; legen Sie die Speichergröße fest.</translation>
        </message>
        <message>
            <source>Its engine %1 is not one ArchStudio models.</source>
            <translation>Die Engine %1 wird von ArchStudio nicht modelliert.</translation>
        </message>
        <message>
            <source>Its node type "%1" is not one ArchStudio models.</source>
            <translation>Der Knotentyp „%1“ wird von ArchStudio nicht modelliert.</translation>
        </message>
        <message>
            <source>A node of the replication group %1, which is imported as a whole.</source>
            <translation>Ein Knoten der Replikationsgruppe %1, die als Ganzes importiert wird.</translation>
        </message>
        <message>
            <source>Its engine "%1" is not one ArchStudio models.</source>
            <translation>Die Engine „%1“ wird von ArchStudio nicht modelliert.</translation>
        </message>
        <message>
            <source>%1: its %2 Memcached nodes are modelled as shards of one node each: they share the keys and hold no replicas.</source>
            <translation>%1: Die %2 Memcached-Knoten werden als Shards mit je einem Knoten modelliert: Sie teilen sich die Schlüssel und enthalten keine Replikate.</translation>
        </message>
        <message>
            <source>%1: the data cached is taken to be its limit, %2 GB; set what it really holds.</source>
            <translation>%1: Als zwischengespeicherte Datenmenge wird das Limit von %2 GB angenommen; geben Sie die tatsächliche Menge an.</translation>
        </message>
        <message>
            <source>%1: its engine is not known; it is taken to be postgres.</source>
            <translation>%1: Die Engine ist unbekannt; es wird postgres angenommen.</translation>
        </message>
        <message>
            <source>Its instance class "%1" is not one ArchStudio models.</source>
            <translation>Die Instanzklasse „%1“ wird von ArchStudio nicht modelliert.</translation>
        </message>
        <message>
            <source>%1: its storage throughput (%2 MiB/s) is not modelled.</source>
            <translation>%1: Der Speicherdurchsatz (%2 MiB/s) wird nicht modelliert.</translation>
        </message>
        <message>
            <source>Its source database (replicate_source_db) is not in the file.</source>
            <translation>Die Quelldatenbank (replicate_source_db) ist nicht in der Datei enthalten.</translation>
        </message>
        <message>
            <source>Its source database %1 was not imported as an RDS database.</source>
            <translation>Die Quelldatenbank %1 wurde nicht als RDS-Datenbank importiert.</translation>
        </message>
        <message>
            <source>%1: a Multi-AZ read replica is modelled as a Single-AZ one.</source>
            <translation>%1: Ein Multi-AZ-Lesereplikat wird als Single-AZ-Lesereplikat modelliert.</translation>
        </message>
        <message>
            <source>%1: the file does not say which cluster is its primary; it is taken to be %2.</source>
            <translation>%1: Die Datei gibt nicht an, welcher Cluster der primäre ist; es wird %2 angenommen.</translation>
        </message>
        <message>
            <source>%1: a secondary cluster of a global database is modelled as a secondary region (%2) of its primary cluster %3; its instances are not imported.</source>
            <translation>%1: Ein sekundärer Cluster einer globalen Datenbank wird als sekundäre Region (%2) seines primären Clusters %3 modelliert; seine Instanzen werden nicht importiert.</translation>
        </message>
        <message>
            <source>An Aurora instance outside a cluster: Aurora instances belong to an aws_rds_cluster of the file.</source>
            <translation>Eine Aurora-Instanz außerhalb eines Clusters: Aurora-Instanzen gehören zu einem aws_rds_cluster der Datei.</translation>
        </message>
        <message>
            <source>Its cluster (cluster_identifier) is not in the file, or is known only after apply and its configuration does not name it.</source>
            <translation>Der Cluster (cluster_identifier) ist nicht in der Datei enthalten oder erst nach dem Apply bekannt, und die Konfiguration nennt ihn nicht.</translation>
        </message>
        <message>
            <source>An instance of %1, a secondary cluster of a global database, which is modelled as a secondary region of its primary.</source>
            <translation>Eine Instanz von %1, einem sekundären Cluster einer globalen Datenbank, der als sekundäre Region seines primären Clusters modelliert wird.</translation>
        </message>
        <message>
            <source>Its cluster %1 was not imported as an Aurora cluster.</source>
            <translation>Der Cluster %1 wurde nicht als Aurora-Cluster importiert.</translation>
        </message>
        <message>
            <source>%1: its cluster sets no Serverless v2 capacity range; the defaults are used.</source>
            <translation>%1: Der Cluster legt keinen Serverless-v2-Kapazitätsbereich fest; die Standardwerte werden verwendet.</translation>
        </message>
        <message>
            <source>No cluster of the file joins this global database.</source>
            <translation>Kein Cluster der Datei gehört zu dieser globalen Datenbank.</translation>
        </message>
        <message>
            <source>Its primary cluster %1 was not imported.</source>
            <translation>Der primäre Cluster %1 wurde nicht importiert.</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>expected a finite number</source>
            <translation>endliche Zahl erwartet</translation>
        </message>
        <message>
            <source>%1 is outside the plausible range of %2 to %3 %4 for this figure (the catalog's value is %5)</source>
            <translation>%1 liegt außerhalb des plausiblen Bereichs von %2 bis %3 %4 für diese Kennzahl (der Wert des Katalogs ist %5)</translation>
        </message>
        <message>
            <source>Overridden in the design (catalogOverrides)</source>
            <translation>Im Entwurf überschrieben (catalogOverrides)</translation>
        </message>
        <message>
            <source>catalog value %1 overridden by the design</source>
            <translation>Katalogwert %1 durch den Entwurf überschrieben</translation>
        </message>
        <message>
            <source>regions: expected an object {reference, zoneCodes, offerFirst}</source>
            <translation>regions: Objekt {reference, zoneCodes, offerFirst} erwartet</translation>
        </message>
        <message>
            <source>regions.reference: expected a region code</source>
            <translation>regions.reference: Regionscode erwartet</translation>
        </message>
        <message>
            <source>regions.zoneCodes: %1</source>
            <translation>regions.zoneCodes: %1</translation>
        </message>
        <message>
            <source>regions.offerFirst: expected an array of region codes</source>
            <translation>regions.offerFirst: Array von Regionscodes erwartet</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>kein gültiges JSON: %1</translation>
        </message>
        <message>
            <source>expected a JSON object</source>
            <translation>JSON-Objekt erwartet</translation>
        </message>
        <message>
            <source>format: expected "archstudio-catalog"</source>
            <translation>format: „archstudio-catalog“ erwartet</translation>
        </message>
        <message>
            <source>formatVersion: expected 1</source>
            <translation>formatVersion: 1 erwartet</translation>
        </message>
        <message>
            <source>id: expected a non-empty string</source>
            <translation>id: nicht leere Zeichenkette erwartet</translation>
        </message>
        <message>
            <source>sources: expected an object of id -&gt; {tier, title, url, date}</source>
            <translation>sources: Objekt der Form id -&gt; {tier, title, url, date} erwartet</translation>
        </message>
        <message>
            <source>%1: expected an object</source>
            <translation>%1: Objekt erwartet</translation>
        </message>
        <message>
            <source>%1: expected a tier and a title</source>
            <translation>%1: tier und title erwartet</translation>
        </message>
        <message>
            <source>entries: expected an object of key -&gt; {value, unit, source}</source>
            <translation>entries: Objekt der Form key -&gt; {value, unit, source} erwartet</translation>
        </message>
        <message>
            <source>%1.value: expected a number</source>
            <translation>%1.value: Zahl erwartet</translation>
        </message>
        <message>
            <source>%1.source: "%2" is not one of the catalog's sources</source>
            <translation>%1.source: „%2“ ist keine der Quellen des Katalogs</translation>
        </message>
        <message>
            <source>ranges: expected an object of unit -&gt; {min, max, source}</source>
            <translation>ranges: Objekt der Form unit -&gt; {min, max, source} erwartet</translation>
        </message>
        <message>
            <source>%1: expected {min, max, source} with numbers</source>
            <translation>%1: {min, max, source} mit Zahlen erwartet</translation>
        </message>
        <message>
            <source>%1: min is greater than max</source>
            <translation>%1: min ist größer als max</translation>
        </message>
        <message>
            <source>cannot open: %1</source>
            <translation>kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>the catalog is larger than 64 MiB</source>
            <translation>der Katalog ist größer als 64 MiB</translation>
        </message>
        <message>
            <source>"%1" is not a zone code pattern; expected "{region}" once and one of "{letter}" or "{number}" once, e.g. "{region}{letter}"</source>
            <translation>„%1“ ist kein Muster für Zonencodes; erwartet werden einmal „{region}“ und einmal entweder „{letter}“ oder „{number}“, z. B. „{region}{letter}“</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>archstudio catalog: no loaded plugin can import price lists</source>
            <translation>archstudio catalog: kein geladenes Plugin kann Preislisten importieren</translation>
        </message>
        <message>
            <source>archstudio catalog: several loaded plugins can import price lists (%1): choose one with --provider ID</source>
            <translation>archstudio catalog: mehrere geladene Plugins können Preislisten importieren (%1): Wählen Sie eines mit --provider ID aus</translation>
        </message>
        <message>
            <source>archstudio catalog: no loaded plugin "%1" imports price lists; these do: %2</source>
            <translation>archstudio catalog: kein geladenes Plugin „%1“ importiert Preislisten; diese können es: %2</translation>
        </message>
        <message>
            <source>%1 is given more than once</source>
            <translation>%1 ist mehrfach angegeben</translation>
        </message>
        <message>
            <source>import expects at least one OFFER.json</source>
            <translation>import erwartet mindestens eine OFFER.json</translation>
        </message>
        <message>
            <source>import expects -o CATALOG.json</source>
            <translation>import erwartet -o CATALOG.json</translation>
        </message>
        <message>
            <source>archstudio catalog: %1: %2</source>
            <translation>archstudio catalog: %1: %2</translation>
        </message>
        <message>
            <source>importing offer files: %1% of %2 MiB</source>
            <translation>Angebotsdateien werden importiert: %1 % von %2 MiB</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>imported %1 from %2</source>
            <extracomment>imported N prices from N files</extracomment>
            <translation>%1 aus %2 importiert</translation>
        </message>
        <message numerus="yes">
            <source>%n price</source>
            <translation>
                <numerusform>%n Preis</numerusform>
                <numerusform>%n Preise</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n prices</source>
            <translation>
                <numerusform>%n Preis</numerusform>
                <numerusform>%n Preise</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file</source>
            <translation>
                <numerusform>%n Datei</numerusform>
                <numerusform>%n Dateien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files</source>
            <translation>
                <numerusform>%n Datei</numerusform>
                <numerusform>%n Dateien</numerusform>
            </translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>SCHLÜSSEL</translation>
        </message>
        <message>
            <source>VALUE</source>
            <translation>WERT</translation>
        </message>
        <message>
            <source>UNIT</source>
            <translation>EINHEIT</translation>
        </message>
        <message>
            <source>TIER</source>
            <translation>STUFE</translation>
        </message>
        <message>
            <source>SOURCE</source>
            <translation>QUELLE</translation>
        </message>
        <message>
            <source>show: unexpected argument %1</source>
            <translation>show: unerwartetes Argument %1</translation>
        </message>
        <message>
            <source>archstudio catalog: the bundled catalog does not load</source>
            <translation>archstudio catalog: der mitgelieferte Katalog lässt sich nicht laden</translation>
        </message>
        <message>
            <source>catalog %1 "%2", %3, %4, %5</source>
            <extracomment>catalog ID "NAME", DATE, CURRENCY, N entries</extracomment>
            <translation>Katalog %1 „%2“, %3, %4, %5</translation>
        </message>
        <message numerus="yes">
            <source>%n entry</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <source>expected import or show</source>
            <translation>import oder show erwartet</translation>
        </message>
        <message>
            <source>unknown command "%1"</source>
            <translation>unbekannter Befehl „%1“</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>nicht lesbar</translation>
        </message>
        <message>
            <source>saturated</source>
            <translation>überlastet</translation>
        </message>
        <message>
            <source>submission</source>
            <translation>Abgabe</translation>
        </message>
        <message>
            <source>result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <source>ok %1</source>
            <translation>ok %1</translation>
        </message>
        <message>
            <source>NO %1</source>
            <translation>NEIN %1</translation>
        </message>
        <message>
            <source>fails %1 of %2</source>
            <translation>%1 von %2 nicht erfüllt</translation>
        </message>
        <message>
            <source>passes</source>
            <translation>bestanden</translation>
        </message>
        <message>
            <source>expected --exercise FILE (a design with an exercise)</source>
            <translation>--exercise FILE erwartet (ein Entwurf mit einer Übung)</translation>
        </message>
        <message>
            <source>expected at least one SUBMISSION</source>
            <translation>mindestens eine Abgabe (SUBMISSION) erwartet</translation>
        </message>
        <message>
            <source>--json and --csv cannot be given together</source>
            <translation>--json und --csv können nicht zusammen angegeben werden</translation>
        </message>
        <message>
            <source>- (standard input) can be given only once</source>
            <translation>- (Standardeingabe) kann nur einmal angegeben werden</translation>
        </message>
        <message>
            <source>%1: error: %2</source>
            <extracomment>FILE: error: PLACE: MESSAGE</extracomment>
            <translation>%1: Fehler: %2</translation>
        </message>
        <message>
            <source>%1: error: exercise: the design has no exercise goals to check against</source>
            <translation>%1: Fehler: exercise: der Entwurf enthält keine Übungsziele, anhand derer geprüft werden kann</translation>
        </message>
        <message>
            <source>archstudio: %1 is a folder; expected a design file</source>
            <translation>archstudio: %1 ist ein Ordner; erwartet wird eine Entwurfsdatei</translation>
        </message>
        <message>
            <source>archstudio: "%1" is neither a command nor a file; the commands are %2 (archstudio --help)</source>
            <translation>archstudio: „%1“ ist weder ein Befehl noch eine Datei; die Befehle sind %2 (archstudio --help)</translation>
        </message>
        <message>
            <source>archstudio: %1: no such file</source>
            <translation>archstudio: %1: Datei nicht gefunden</translation>
        </message>
        <message>
            <source>archstudio: unknown command "%1"</source>
            <translation>archstudio: unbekannter Befehl „%1“</translation>
        </message>
        <message>
            <source>cannot read standard input: %1</source>
            <translation>Standardeingabe kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>standard input holds more than %1 MiB; at most %1 MiB are accepted</source>
            <translation>die Standardeingabe enthält mehr als %1 MiB; höchstens %1 MiB werden angenommen</translation>
        </message>
        <message>
            <source>standard input is in none of the formats ArchStudio reads (%1); read as design.json:</source>
            <translation>die Standardeingabe liegt in keinem der Formate vor, die ArchStudio liest (%1); als design.json gelesen:</translation>
        </message>
        <message>
            <source>cannot keep standard input in a temporary file: %1</source>
            <translation>Standardeingabe kann nicht in einer temporären Datei zwischengespeichert werden: %1</translation>
        </message>
        <message>
            <source>%1: error: --variant %2: the design has no such variant; it has %3</source>
            <translation>%1: Fehler: --variant %2: der Entwurf hat keine solche Variante; vorhanden sind %3</translation>
        </message>
        <message>
            <source>archstudio %1: %2</source>
            <extracomment>archstudio COMMAND: MESSAGE</extracomment>
            <translation>archstudio %1: %2</translation>
        </message>
        <message>
            <source>--load-factor expects a number above 0 and at most 1000, got "%1"</source>
            <translation>--load-factor erwartet eine Zahl größer als 0 und höchstens 1000, erhalten: „%1“</translation>
        </message>
        <message>
            <source>%1: error: --region %2 is not a region of the design</source>
            <translation>%1: Fehler: --region %2 ist keine Region des Entwurfs</translation>
        </message>
        <message>
            <source>%1 s</source>
            <comment>seconds</comment>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>no path</source>
            <translation>kein Pfad</translation>
        </message>
        <message numerus="yes">
            <source>≥ %1, %n component unpriced (%2)</source>
            <translation>
                <numerusform>≥ %1, %n Komponente ohne Preis (%2)</numerusform>
                <numerusform>≥ %1, %n Komponenten ohne Preis (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>≥ %1, %n components unpriced (%2)</source>
            <translation>
                <numerusform>≥ %1, %n Komponente ohne Preis (%2)</numerusform>
                <numerusform>≥ %1, %n Komponenten ohne Preis (%2)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (catalog %2 of %3, load x%4)

</source>
            <translation>%1 (Katalog %2 vom %3, Last x%4)

</translation>
        </message>
        <message>
            <source>  Monthly cost     %1
</source>
            <extracomment>The labels of these four lines are padded to one width.</extracomment>
            <translation>  Monatliche Kosten          %1
</translation>
        </message>
        <message>
            <source>  SLA floor        %1
</source>
            <translation>  SLA-Untergrenze            %1
</translation>
        </message>
        <message>
            <source>  Modelled         %1 (%2 min of downtime a month)
</source>
            <translation>  Modelliert                 %1 (%2 min Ausfallzeit pro Monat)
</translation>
        </message>
        <message>
            <source>  Worst RTO / RPO  %1 / %2

</source>
            <translation>  Längste RTO / größtes RPO  %1 / %2

</translation>
        </message>
        <message>
            <source>read</source>
            <translation>Lesezugriff</translation>
        </message>
        <message>
            <source>write</source>
            <translation>Schreibzugriff</translation>
        </message>
        <message>
            <source>Workloads (latency in ms)</source>
            <translation>Workloads (Latenz in ms)</translation>
        </message>
        <message>
            <source>workload</source>
            <translation>Workload</translation>
        </message>
        <message>
            <source>op</source>
            <translation>Zugriff</translation>
        </message>
        <message>
            <source>per s</source>
            <translation>pro s</translation>
        </message>
        <message>
            <source>peak p99</source>
            <translation>p99 Spitze</translation>
        </message>
        <message>
            <source>SLA floor</source>
            <translation>SLA-Untergrenze</translation>
        </message>
        <message>
            <source>modelled</source>
            <translation>modelliert</translation>
        </message>
        <message>
            <source>min/month</source>
            <translation>min/Monat</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Komponenten</translation>
        </message>
        <message>
            <source>component</source>
            <translation>Komponente</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>pro Monat</translation>
        </message>
        <message>
            <source>peak util</source>
            <translation>Auslastung Spitze</translation>
        </message>
        <message>
            <source>SPOF</source>
            <translation>SPOF</translation>
        </message>
        <message>
            <source>Design review</source>
            <translation>Entwurfsprüfung</translation>
        </message>
        <message>
            <source>  [%1] %2
    Fix: %3</source>
            <translation>  [%1] %2
    Abhilfe: %3</translation>
        </message>
        <message>
            <source> (%1%2 a month</source>
            <translation> (%1%2 pro Monat</translation>
        </message>
        <message>
            <source>, availability %1%2 points</source>
            <translation>, Verfügbarkeit %1%2 Prozentpunkte</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>--page-size expects one of %1, got "%2"</source>
            <translation>--page-size erwartet einen der Werte %1, erhalten: „%2“</translation>
        </message>
        <message>
            <source>expected -o OUT</source>
            <translation>-o OUT erwartet</translation>
        </message>
        <message>
            <source>cannot tell the format of "%1" from its suffix; known suffixes: %2</source>
            <translation>das Format von „%1“ ist an der Endung nicht erkennbar; bekannte Endungen: %2</translation>
        </message>
        <message>
            <source>archstudio %1: %2: %3</source>
            <translation>archstudio %1: %2: %3</translation>
        </message>
        <message>
            <source>%1: error: --only names "%2", which is not a component of the design</source>
            <translation>%1: Fehler: --only nennt „%2“, das keine Komponente des Entwurfs ist</translation>
        </message>
        <message>
            <source>wrote %1 (%2)</source>
            <translation>%1 geschrieben (%2)</translation>
        </message>
        <message>
            <source>archstudio lesson: %1: %2</source>
            <translation>archstudio lesson: %1: %2</translation>
        </message>
        <message>
            <source> (%1 goals)</source>
            <translation> (%1 Ziele)</translation>
        </message>
        <message>
            <source> (no goals)</source>
            <translation> (keine Ziele)</translation>
        </message>
        <message>
            <source>Write one out with: archstudio lesson %1 --exercise N -o FILE</source>
            <translation>Eine Übung schreiben Sie mit: archstudio lesson %1 --exercise N -o FILE</translation>
        </message>
        <message>
            <source>--create takes the exercises' design files in order and -o PACK.%1</source>
            <translation>--create erwartet die Entwurfsdateien der Übungen in ihrer Reihenfolge und -o PACK.%1</translation>
        </message>
        <message>
            <source>%1: %2 exercises</source>
            <translation>%1: %2 Übungen</translation>
        </message>
        <message>
            <source>expected one lesson pack (.%1)</source>
            <translation>ein Lektionspaket (.%1) erwartet</translation>
        </message>
        <message>
            <source>-o goes with --exercise N</source>
            <translation>-o ist nur zusammen mit --exercise N möglich</translation>
        </message>
        <message>
            <source>--exercise N writes to -o FILE (.archstudio, or .json)</source>
            <translation>--exercise N schreibt nach -o FILE (.archstudio oder .json)</translation>
        </message>
        <message>
            <source>--exercise: the pack has exercises 1 to %1</source>
            <translation>--exercise: das Paket enthält die Übungen 1 bis %1</translation>
        </message>
        <message>
            <source>%1: exercise %2, "%3"</source>
            <translation>%1: Übung %2, „%3“</translation>
        </message>
        <message>
            <source>--seed expects a whole number from 0, got "%1"</source>
            <translation>--seed erwartet eine ganze Zahl ab 0, erhalten: „%1“</translation>
        </message>
        <message>
            <source>%1 expects a number from %2 to %3, got "%4"</source>
            <translation>%1 erwartet eine Zahl von %2 bis %3, erhalten: „%4“</translation>
        </message>
        <message>
            <source>unknown option %1</source>
            <translation>unbekannte Option %1</translation>
        </message>
        <message>
            <source>%1 takes no value</source>
            <translation>%1 erwartet keinen Wert</translation>
        </message>
        <message>
            <source>%1 needs a value</source>
            <translation>%1 benötigt einen Wert</translation>
        </message>
        <message>
            <source>the command line cannot be read</source>
            <translation>die Befehlszeile kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>expected exactly one FILE</source>
            <translation>genau eine Datei (FILE) erwartet</translation>
        </message>
        <message>
            <source>(linked in)</source>
            <translation>(fest eingebunden)</translation>
        </message>
        <message>
            <source>plugin</source>
            <translation>Plugin</translation>
        </message>
        <message>
            <source>version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>kinds</source>
            <translation>Typen</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>not loaded:</source>
            <translation>nicht geladen:</translation>
        </message>
        <message>
            <source>takes no file</source>
            <translation>erwartet keine Datei</translation>
        </message>
        <message>
            <source>--fail expects zone:CODE, region:CODE or component:ID</source>
            <translation>--fail erwartet zone:CODE, region:CODE oder component:ID</translation>
        </message>
        <message>
            <source>--fail expects zone:CODE, region:CODE or component:ID, got "%1"</source>
            <translation>--fail erwartet zone:CODE, region:CODE oder component:ID, erhalten: „%1“</translation>
        </message>
        <message>
            <source>%1: error: --fail %2: %3</source>
            <translation>%1: Fehler: --fail %2: %3</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>at</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>what</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Outcome per workload</source>
            <translation>Ergebnis pro Workload</translation>
        </message>
        <message>
            <source>lost with its region</source>
            <translation>mit der Region verloren</translation>
        </message>
        <message>
            <source>reads failing</source>
            <translation>Ausfall Lesezugriffe</translation>
        </message>
        <message>
            <source>writes failing</source>
            <translation>Ausfall Schreibzugriffe</translation>
        </message>
        <message>
            <source>data at risk</source>
            <translation>gefährdete Daten</translation>
        </message>
        <message>
            <source>Intervals (share of requests served, p99 at average load)</source>
            <translation>Intervalle (Anteil bedienter Anfragen, p99 bei durchschnittlicher Last)</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>interval</source>
            <translation>Intervall</translation>
        </message>
        <message>
            <source>reads</source>
            <translation>Lesezugriffe</translation>
        </message>
        <message>
            <source>read p99</source>
            <translation>p99 Lesen</translation>
        </message>
        <message>
            <source>writes</source>
            <translation>Schreibzugriffe</translation>
        </message>
        <message>
            <source>write p99</source>
            <translation>p99 Schreiben</translation>
        </message>
        <message>
            <source>after</source>
            <translation>nach</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Befunde</translation>
        </message>
        <message>
            <source>%1: %2 simulated years (seed %3, %4 threads), cancelled</source>
            <translation>%1: %2 simulierte Jahre (Startwert %3, %4 Threads), abgebrochen</translation>
        </message>
        <message>
            <source>%1: %2 simulated years (seed %3, %4 threads)</source>
            <translation>%1: %2 simulierte Jahre (Startwert %3, %4 Threads)</translation>
        </message>
        <message>
            <source>%1 reads</source>
            <translation>%1 Lesezugriffe</translation>
        </message>
        <message>
            <source>%1 writes</source>
            <translation>%1 Schreibzugriffe</translation>
        </message>
        <message>
            <source>%1 (too few outages)</source>
            <translation>%1 (zu wenige Ausfälle)</translation>
        </message>
        <message>
            <source>%1 (outside)</source>
            <translation>%1 (außerhalb)</translation>
        </message>
        <message>
            <source>operation</source>
            <translation>Operation</translation>
        </message>
        <message>
            <source>simulated</source>
            <translation>simuliert</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>95-%-Intervall</translation>
        </message>
        <message>
            <source>exact</source>
            <translation>exakt</translation>
        </message>
        <message>
            <source>downtime/yr</source>
            <translation>Ausfallzeit/Jahr</translation>
        </message>
        <message>
            <source>p99 year</source>
            <translation>p99-Jahr</translation>
        </message>
        <message>
            <source>years below %1</source>
            <translation>Jahre unter %1</translation>
        </message>
        <message>
            <source>expected no FILE</source>
            <translation>keine Datei (FILE) erwartet</translation>
        </message>
        <message>
            <source>Write one with: archstudio new --template NAME -o FILE</source>
            <translation>Einen Entwurf daraus schreiben Sie mit: archstudio new --template NAME -o FILE</translation>
        </message>
        <message>
            <source>expected no FILE; the design is written to -o FILE</source>
            <translation>keine Datei (FILE) erwartet; der Entwurf wird nach -o FILE geschrieben</translation>
        </message>
        <message>
            <source>expected --template NAME, one of: %1</source>
            <translation>--template NAME erwartet, einer von: %1</translation>
        </message>
        <message>
            <source>expected -o FILE (.archstudio, or .json)</source>
            <translation>-o FILE erwartet (.archstudio oder .json)</translation>
        </message>
        <message>
            <source>no template "%1"; `archstudio templates` lists them: %2</source>
            <translation>keine Vorlage „%1“; `archstudio templates` listet sie auf: %2</translation>
        </message>
        <message>
            <source>archstudio new: template "%1" does not load</source>
            <translation>archstudio new: Vorlage „%1“ lässt sich nicht laden</translation>
        </message>
        <message>
            <source>archstudio new: %1: %2</source>
            <translation>archstudio new: %1: %2</translation>
        </message>
        <message>
            <source>%1: "%2" from template %3</source>
            <translation>%1: „%2“ aus Vorlage %3</translation>
        </message>
        <message>
            <source>region "%1" is not in the %2 catalog: nothing placed there can be priced or timed</source>
            <translation>Region „%1“ fehlt im Katalog %2: für nichts, was dort platziert ist, lassen sich Preise oder Zeiten ermitteln</translation>
        </message>
        <message numerus="yes">
            <source>%n error</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n errors</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation>%1: Warnung: %2</translation>
        </message>
        <message>
            <source>%1: invalid: %2, %3</source>
            <translation>%1: ungültig: %2, %3</translation>
        </message>
        <message>
            <source>%1: invalid: %2</source>
            <translation>%1: ungültig: %2</translation>
        </message>
        <message>
            <source>%1: valid: "%2", %3, %4, %5</source>
            <extracomment>FILE: valid: "NAME", N components, N links, N regions</extracomment>
            <translation>%1: gültig: „%2“, %3, %4, %5</translation>
        </message>
        <message numerus="yes">
            <source>%n components</source>
            <translation>
                <numerusform>%n Komponente</numerusform>
                <numerusform>%n Komponenten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n links</source>
            <translation>
                <numerusform>%n Verbindung</numerusform>
                <numerusform>%n Verbindungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n regions</source>
            <translation>
                <numerusform>%n Region</numerusform>
                <numerusform>%n Regionen</numerusform>
            </translation>
        </message>
        <message>
            <source>Design cloud data tiers</source>
            <translation>Cloud-Datenschichten entwerfen</translation>
        </message>
        <message>
            <source>design to open</source>
            <translation>zu öffnender Entwurf</translation>
        </message>
        <message>
            <source>present the design's scenes full screen (Esc returns to the studio)</source>
            <translation>die Szenen des Entwurfs im Vollbild präsentieren (Esc kehrt ins Studio zurück)</translation>
        </message>
        <message>
            <source>archstudio: --present needs a design FILE
</source>
            <translation>archstudio: --present braucht eine Entwurfsdatei (FILE)
</translation>
        </message>
        <message>
            <source>Usage:
  archstudio [FILE]                      open the studio (on FILE)
  archstudio FILE --present              present FILE's scenes full screen
  archstudio validate FILE [--strict] [--json]
                                         check a design; list every problem
  archstudio evaluate FILE [--json] [--load-factor X] [--region CODE] [--catalog CATALOG.json]
                      [--variant NAME] [--threads T]
                                         cost, latency, availability, RTO/RPO, review
  archstudio simulate FILE --fail zone:CODE|region:CODE|component:ID [--json]
                      [--load-factor X] [--catalog CATALOG.json] [--variant NAME]
                                         timeline of a failure: failover, RTO, data at risk
  archstudio montecarlo FILE [--years N] [--seed S] [--target A] [--threads T] [--json]
                      [--catalog CATALOG.json] [--variant NAME]
                                         simulate years of failures; downtime distribution
  archstudio export FILE -o OUT [--scale X] [--transparent] [--no-annotations]
                    [--only ID,...] [--page-size A4|A3|A5|Letter|Legal|Tabloid] [--portrait|--landscape]
                                         by OUT's suffix: .png .svg .pdf (diagram), .drawio,
                                         .csv (cost line items), .json, .md, .html (report)
  archstudio report FILE -o OUT [--page-size NAME]
                                         .pdf or .html: diagram, tables, charts, sources
  archstudio catalog import OFFER.json... -o CATALOG.json [--provider ID]
                                         build a catalog from AWS Price List offer files
  archstudio catalog show [--json]       list the bundled catalog
  archstudio templates [--json]          list the reference architectures to start from
  archstudio new --template NAME -o FILE write a new design from a template
  archstudio check SUBMISSION... --exercise FILE [--json|--csv]
                                         check designs against an exercise's goals
  archstudio lesson PACK [--json]        list a lesson pack's exercises
  archstudio lesson PACK --exercise N -o FILE
                                         write one exercise of a pack as a design
  archstudio lesson --create DESIGN... -o PACK [--title TEXT]
                                         make a lesson pack (.archlesson) of exercises
  archstudio plugins [--json]            list the kind plugins loaded, and those that failed
  archstudio diff BEFORE AFTER [--json|--md] [--fail-on-cost-increase PCT]
                  [--fail-on-availability-below A] [--catalog CATALOG.json]
                                         what changed, and what it does to cost, latency,
                                         availability, RTO and RPO
  archstudio import terraform PLAN.json -o FILE [--json]
                                         a design from terraform show -json output
  archstudio import drawio DIAGRAM.drawio -o FILE [--json]
                                         a design from a diagrams.net AWS diagram
  archstudio COMMAND --help              the options of COMMAND
  archstudio --help | --version

FILE is an .archstudio archive or a bare design.json (docs/FILE-FORMAT.md); - reads it
from standard input. A design with variants is evaluated as its top-level variant
unless --variant names another. Options take their value as --name VALUE or
--name=VALUE; after --, every argument is a FILE.
Exit status: 0 success; 1 the input is wrong; 2 the command line is wrong; 3 diff: a
threshold was crossed.
</source>
            <extracomment>The lines that start with " archstudio " name a command and its options: keep them as they are (archstudio COMMAND --help prints those of COMMAND); translate the descriptions.</extracomment>
            <translation>Aufruf:
  archstudio [FILE]                      das Studio öffnen (mit FILE)
  archstudio FILE --present              die Szenen von FILE im Vollbild präsentieren
  archstudio validate FILE [--strict] [--json]
                                         einen Entwurf prüfen; alle Probleme auflisten
  archstudio evaluate FILE [--json] [--load-factor X] [--region CODE] [--catalog CATALOG.json]
                      [--variant NAME] [--threads T]
                                         Kosten, Latenz, Verfügbarkeit, RTO/RPO, Prüfung
  archstudio simulate FILE --fail zone:CODE|region:CODE|component:ID [--json]
                      [--load-factor X] [--catalog CATALOG.json] [--variant NAME]
                                         Zeitverlauf eines Ausfalls: Failover, RTO, gefährdete Daten
  archstudio montecarlo FILE [--years N] [--seed S] [--target A] [--threads T] [--json]
                      [--catalog CATALOG.json] [--variant NAME]
                                         Jahre mit Ausfällen simulieren; Verteilung der Ausfallzeit
  archstudio export FILE -o OUT [--scale X] [--transparent] [--no-annotations]
                    [--only ID,...] [--page-size A4|A3|A5|Letter|Legal|Tabloid] [--portrait|--landscape]
                                         je nach Endung von OUT: .png .svg .pdf (Diagramm), .drawio,
                                         .csv (Kostenposten), .json, .md, .html (Bericht)
  archstudio report FILE -o OUT [--page-size NAME]
                                         .pdf oder .html: Diagramm, Tabellen, Grafiken, Quellen
  archstudio catalog import OFFER.json... -o CATALOG.json [--provider ID]
                                         einen Katalog aus Angebotsdateien der AWS Price List erstellen
  archstudio catalog show [--json]       den mitgelieferten Katalog auflisten
  archstudio templates [--json]          die Referenzarchitekturen als Ausgangspunkt auflisten
  archstudio new --template NAME -o FILE einen neuen Entwurf aus einer Vorlage schreiben
  archstudio check SUBMISSION... --exercise FILE [--json|--csv]
                                         Entwürfe anhand der Ziele einer Übung prüfen
  archstudio lesson PACK [--json]        die Übungen eines Lektionspakets auflisten
  archstudio lesson PACK --exercise N -o FILE
                                         eine Übung eines Pakets als Entwurf schreiben
  archstudio lesson --create DESIGN... -o PACK [--title TEXT]
                                         ein Lektionspaket (.archlesson) aus Übungen erstellen
  archstudio plugins [--json]            die geladenen Typ-Plugins und die fehlgeschlagenen auflisten
  archstudio diff BEFORE AFTER [--json|--md] [--fail-on-cost-increase PCT]
                  [--fail-on-availability-below A] [--catalog CATALOG.json]
                                         was sich geändert hat und wie sich das auf Kosten, Latenz,
                                         Verfügbarkeit, RTO und RPO auswirkt
  archstudio import terraform PLAN.json -o FILE [--json]
                                         einen Entwurf aus der Ausgabe von terraform show -json erstellen
  archstudio import drawio DIAGRAM.drawio -o FILE [--json]
                                         einen Entwurf aus einem AWS-Diagramm von diagrams.net erstellen
  archstudio COMMAND --help              die Optionen von COMMAND
  archstudio --help | --version

FILE ist ein .archstudio-Archiv oder eine reine design.json (docs/FILE-FORMAT.md); - liest
sie von der Standardeingabe. Ein Entwurf mit Varianten wird als seine oberste Variante
ausgewertet, sofern --variant keine andere nennt. Optionen erhalten ihren Wert als --name VALUE
oder --name=VALUE; nach -- ist jedes Argument eine Datei (FILE).
Exit-Status: 0 Erfolg; 1 die Eingabe ist fehlerhaft; 2 die Befehlszeile ist fehlerhaft; 3 diff: ein
Schwellenwert wurde überschritten.
</translation>
        </message>
        <message>
            <source>(no design)</source>
            <translation>(kein Entwurf)</translation>
        </message>
        <message>
            <source>the monthly cost rises from nothing to %1, more than the %2% --fail-on-cost-increase allows</source>
            <translation>die monatlichen Kosten steigen von null auf %1, mehr als die %2 %, die --fail-on-cost-increase zulässt</translation>
        </message>
        <message>
            <source>the monthly cost rises %1% (%2), more than the %3% --fail-on-cost-increase allows</source>
            <translation>die monatlichen Kosten steigen um %1 % (%2), mehr als die %3 %, die --fail-on-cost-increase zulässt</translation>
        </message>
        <message>
            <source>the modelled availability after the change is %1, below the %2 --fail-on-availability-below asks for</source>
            <translation>die modellierte Verfügbarkeit nach der Änderung beträgt %1 und liegt unter den %2, die --fail-on-availability-below verlangt</translation>
        </message>
        <message>
            <source>--fail-on-availability-below expects an availability such as 99.95% or 0.9995, got "%1"</source>
            <translation>--fail-on-availability-below erwartet eine Verfügbarkeit wie 99.95% oder 0.9995, erhalten: „%1“</translation>
        </message>
        <message numerus="yes">
            <source>expects two designs, BEFORE and AFTER, got %n</source>
            <translation>
                <numerusform>erwartet zwei Entwürfe, BEFORE und AFTER, erhalten: %n</numerusform>
                <numerusform>erwartet zwei Entwürfe, BEFORE und AFTER, erhalten: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>--json and --md cannot be used together</source>
            <translation>--json und --md können nicht zusammen verwendet werden</translation>
        </message>
        <message>
            <source>standard input (-) can be read once, not for both designs</source>
            <translation>die Standardeingabe (-) kann nur einmal gelesen werden, nicht für beide Entwürfe</translation>
        </message>
        <message>
            <source>%1 → %2 (%3)</source>
            <extracomment>a link of a design: FROM → TO (TRAFFIC)</extracomment>
            <translation>%1 → %2 (%3)</translation>
        </message>
        <message>
            <source>Components: %1 added, %2 removed, %3 changed</source>
            <translation>Komponenten: %1 hinzugefügt, %2 entfernt, %3 geändert</translation>
        </message>
        <message>
            <source>larger than %1 MiB; not imported</source>
            <translation>größer als %1 MiB; nicht importiert</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>The design has no workload: a Terraform plan does not say what traffic reaches the databases. Add one (in the studio, Edit &gt; Add Workload to Every Database) before reading latency and availability.</source>
            <translation>Der Entwurf hat keinen Workload: Ein Terraform-Plan gibt nicht an, welcher Datenverkehr die Datenbanken erreicht. Fügen Sie einen hinzu (im Studio über Bearbeiten &gt; Workload zu jeder Datenbank hinzufügen), bevor Sie Latenz und Verfügbarkeit auswerten.</translation>
        </message>
        <message>
            <source>The design has no workload, so it has no latency or availability yet. Add one (in the studio, Edit &gt; Add Workload to Every Database).</source>
            <translation>Der Entwurf hat keinen Workload und daher noch keine Latenz oder Verfügbarkeit. Fügen Sie einen hinzu (im Studio über Bearbeiten &gt; Workload zu jeder Datenbank hinzufügen).</translation>
        </message>
        <message>
            <source>expected terraform or drawio, got "%1"</source>
            <translation>erwartet: terraform oder drawio, erhalten: „%1“</translation>
        </message>
        <message>
            <source>archstudio import: %1: %2</source>
            <translation>archstudio import: %1: %2</translation>
        </message>
        <message>
            <source>%1: components imported: %2</source>
            <translation>%1: importierte Komponenten: %2</translation>
        </message>
        <message>
            <source>skipped: %1</source>
            <translation>übersprungen: %1</translation>
        </message>
        <message>
            <source>reads and writes</source>
            <translation>Lese- und Schreibzugriffe</translation>
        </message>
        <message>
            <source>added</source>
            <translation>hinzugefügt</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>No component or link changed.</source>
            <translation>Keine Komponente oder Verbindung geändert.</translation>
        </message>
        <message>
            <source>Links:</source>
            <translation>Verbindungen:</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>Workload</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Komponente</translation>
        </message>
        <message>
            <source>Threshold crossed: %1</source>
            <translation>Schwellenwert überschritten: %1</translation>
        </message>
        <message>
            <source>ArchStudio design review</source>
            <translation>ArchStudio-Entwurfsprüfung</translation>
        </message>
        <message>
            <source>Threshold crossed:</source>
            <translation>Schwellenwert überschritten:</translation>
        </message>
        <message>
            <source>link added</source>
            <translation>Verbindung hinzugefügt</translation>
        </message>
        <message>
            <source>link removed</source>
            <translation>Verbindung entfernt</translation>
        </message>
        <message>
            <source>Figures of workloads and components that changed</source>
            <translation>Geänderte Kennzahlen von Workloads und Komponenten</translation>
        </message>
        <message>
            <source>Workload or component</source>
            <translation>Workload oder Komponente</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Set %1 of %2</source>
            <extracomment>the undo history's entry: "Set writes per second of Checkout"</extracomment>
            <translation>%1 von %2 festlegen</translation>
        </message>
        <message>
            <source>%1 must be placed in a region: drop it into a region or one of its Availability Zones.</source>
            <translation>%1 muss in einer Region platziert werden: Legen Sie die Komponente in einer Region oder einer ihrer Availability Zones ab.</translation>
        </message>
        <message>
            <source>%1 runs in Availability Zones: drop it into a zone.</source>
            <translation>%1 läuft in Availability Zones: Legen Sie die Komponente in einer Zone ab.</translation>
        </message>
        <message>
            <source>%1 lives in one Availability Zone: drop it into a zone, not on the region itself.</source>
            <translation>%1 befindet sich in genau einer Availability Zone: Legen Sie die Komponente in einer Zone ab, nicht direkt in der Region.</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Anwendung</translation>
        </message>
    </context>
    <context>
        <name>Engine</name>
        <message>
            <source>%1, so it cannot be priced; expected one it prices (%2 in all), such as %3</source>
            <extracomment>%1 says which value is unknown: 'instance class "db.x" is not in the aws catalog for postgres in us-east-1'; %3 lists values such as "db.r6g.large"</extracomment>
            <translation>%1, daher ist kein Preis möglich; erwartet wird ein Wert, für den der Katalog einen Preis hat (insgesamt %2), etwa %3</translation>
        </message>
        <message>
            <source>%1, so it cannot be priced; it prices no %2 there (an imported AWS price list may: archstudio catalog import)</source>
            <extracomment>%1 says which value is unknown: 'instance class "db.x" is not in the aws catalog for postgres in us-east-1'; %2 is what it is, e.g. "instance class"</extracomment>
            <translation>%1, daher ist kein Preis möglich; für %2 hat der Katalog dort keine Preise (eine importierte AWS-Preisliste vielleicht schon: archstudio catalog import)</translation>
        </message>
        <message>
            <source>%1 "%2" is not in the %3 catalog for %4</source>
            <extracomment>%1 "instance class", %2 its value, %3 the catalog id ("aws"), %4 a region code</extracomment>
            <translation>%1 „%2“ ist nicht im Katalog %3 für %4 enthalten</translation>
        </message>
        <message>
            <source>%1 "%2" is not in the %3 catalog for %4 in %5</source>
            <extracomment>%1 "instance class", %2 its value, %3 the catalog id ("aws"), %4 an engine ("postgres"), %5 a region code</extracomment>
            <translation>%1 „%2“ ist nicht im Katalog %3 für %4 in %5 enthalten</translation>
        </message>
        <message>
            <source>%1 "%2" (%3's) is not in the %4 catalog for %5</source>
            <extracomment>%3 is the id of the component the value is taken from</extracomment>
            <translation>%1 „%2“ (von %3) ist nicht im Katalog %4 für %5 enthalten</translation>
        </message>
        <message>
            <source>%1 "%2" (%3's) is not in the %4 catalog for %5 in %6</source>
            <extracomment>%3 is the id of the component the value is taken from</extracomment>
            <translation>%1 „%2“ (von %3) ist nicht im Katalog %4 für %5 in %6 enthalten</translation>
        </message>
        <message>
            <source>catalogOverrides: the catalog has no "%1"; the override is ignored</source>
            <translation>catalogOverrides: Der Katalog enthält kein „%1“; die Überschreibung wird ignoriert</translation>
        </message>
        <message>
            <source>%1 reads at peak</source>
            <extracomment>%1 is a workload's id</extracomment>
            <translation>%1: Lesezugriffe bei Spitzenlast</translation>
        </message>
        <message>
            <source>%1 writes at peak</source>
            <translation>%1: Schreibzugriffe bei Spitzenlast</translation>
        </message>
        <message>
            <source>no workload</source>
            <translation>kein Workload</translation>
        </message>
        <message>
            <source>no workload "%1"</source>
            <translation>kein Workload „%1“</translation>
        </message>
        <message>
            <source>nothing to fail</source>
            <translation>nichts kann ausfallen</translation>
        </message>
        <message>
            <source>worst: losing %1 (%2)</source>
            <extracomment>%1 the zone or region lost, %2 the workload</extracomment>
            <translation>am schlimmsten: Verlust von %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>at least; %n components unpriced</source>
            <translation>
                <numerusform>mindestens; %n Komponente ohne Preis</numerusform>
                <numerusform>mindestens; %n Komponenten ohne Preis</numerusform>
            </translation>
        </message>
        <message>
            <source>a month</source>
            <translation>pro Monat</translation>
        </message>
        <message>
            <source>SLA floor</source>
            <translation>SLA-Untergrenze</translation>
        </message>
        <message>
            <source>modelled</source>
            <comment>availability</comment>
            <translation>modelliert</translation>
        </message>
        <message>
            <source>no workload is served</source>
            <translation>kein Workload wird bedient</translation>
        </message>
        <message>
            <source>worst data-loss window</source>
            <translation>größtes Datenverlustfenster</translation>
        </message>
        <message>
            <source>components besides workloads</source>
            <translation>Komponenten außer Workloads</translation>
        </message>
        <message>
            <source>Monthly cost at most $%1</source>
            <translation>Monatliche Kosten höchstens $%1</translation>
        </message>
        <message>
            <source>every workload</source>
            <extracomment>in parentheses after a latency goal, instead of one workload's id</extracomment>
            <translation>alle Workloads</translation>
        </message>
        <message>
            <source>p99 of reads at peak at most %1 ms (%2)</source>
            <extracomment>%1 the limit, %2 a workload's id or "every workload"</extracomment>
            <translation>p99 der Lesezugriffe bei Spitzenlast höchstens %1 ms (%2)</translation>
        </message>
        <message>
            <source>p99 of writes at peak at most %1 ms (%2)</source>
            <extracomment>%1 the limit, %2 a workload's id or "every workload"</extracomment>
            <translation>p99 der Schreibzugriffe bei Spitzenlast höchstens %1 ms (%2)</translation>
        </message>
        <message>
            <source>p99 of reads and writes at peak at most %1 ms (%2)</source>
            <extracomment>%1 the limit, %2 a workload's id or "every workload"</extracomment>
            <translation>p99 der Lese- und Schreibzugriffe bei Spitzenlast höchstens %1 ms (%2)</translation>
        </message>
        <message>
            <source>Availability (SLA floor) at least %1%</source>
            <extracomment>%1 is a percentage</extracomment>
            <translation>Verfügbarkeit (SLA-Untergrenze) mindestens %1 %</translation>
        </message>
        <message>
            <source>Availability (modelled) at least %1%</source>
            <translation>Verfügbarkeit (modelliert) mindestens %1 %</translation>
        </message>
        <message>
            <source>Survives losing any one zone with at most %1 s of outage</source>
            <translation>Übersteht den Verlust einer beliebigen Zone mit höchstens %1 s Ausfall</translation>
        </message>
        <message>
            <source>Survives losing any one region with at most %1 s of outage</source>
            <translation>Übersteht den Verlust einer beliebigen Region mit höchstens %1 s Ausfall</translation>
        </message>
        <message>
            <source>Data loss (RPO) at most %1 s</source>
            <translation>Datenverlust (RPO) höchstens %1 s</translation>
        </message>
        <message>
            <source>At most %1 components besides workloads</source>
            <translation>Höchstens %1 Komponenten außer Workloads</translation>
        </message>
        <message>
            <source>%1: catalog %2: %3</source>
            <extracomment>%1 a plugin's id, %2 a catalog file, %3 what is wrong with it</extracomment>
            <translation>%1: Katalog %2: %3</translation>
        </message>
        <message>
            <source>%1: catalog %2 repeats figures another provider has; the other's are kept: %3</source>
            <extracomment>%1 a plugin's id, %2 a catalog file, %3 catalog keys</extracomment>
            <translation>%1: Katalog %2 wiederholt Kennzahlen eines anderen Anbieters; dessen Werte werden beibehalten: %3</translation>
        </message>
        <message>
            <source>exact</source>
            <extracomment>a guess that equals the estimate</extracomment>
            <translation>exakt</translation>
        </message>
        <message>
            <source>close: within 10%</source>
            <translation>nah dran: innerhalb von 10 %</translation>
        </message>
        <message>
            <source>%1× high</source>
            <extracomment>a guess too high or too low by a factor: "2.5× high"</extracomment>
            <translation>%1× zu hoch</translation>
        </message>
        <message>
            <source>%1× low</source>
            <translation>%1× zu niedrig</translation>
        </message>
        <message>
            <source>%1% high</source>
            <extracomment>a guess too high or too low by a percentage: "32% high"</extracomment>
            <translation>%1 % zu hoch</translation>
        </message>
        <message>
            <source>%1% low</source>
            <translation>%1 % zu niedrig</translation>
        </message>
        <message>
            <source>The catalog has no price %1; it is counted as 0.</source>
            <translation>Der Katalog enthält keinen Preis %1; er wird mit 0 angesetzt.</translation>
        </message>
        <message>
            <source>The catalog has no price %1 (nor for %2); it is counted as 0.</source>
            <translation>Der Katalog enthält keinen Preis %1 (auch nicht für %2); er wird mit 0 angesetzt.</translation>
        </message>
        <message>
            <source>%1 has no prices of its own and no price factor; %2 prices are used unchanged.</source>
            <translation>%1 hat weder eigene Preise noch einen Preisfaktor; die Preise von %2 werden unverändert verwendet.</translation>
        </message>
        <message>
            <source>The catalog has no %1; %2 is assumed.</source>
            <translation>Der Katalog enthält %1 nicht; angenommen wird %2.</translation>
        </message>
        <message>
            <source>%1 is saturated at peak: the load needs %2 of its capacity, %3 more than it has</source>
            <translation>%1 ist bei Spitzenlast überlastet: Die Last erfordert %2 der Kapazität, %3 mehr als vorhanden</translation>
        </message>
        <message>
            <source>%1 runs at %2 of its capacity at peak (over 80%)</source>
            <translation>%1 läuft bei Spitzenlast mit %2 der Kapazität (über 80 %)</translation>
        </message>
        <message>
            <source>Give it more capacity: %1</source>
            <translation>Mehr Kapazität zuweisen: %1</translation>
        </message>
        <message>
            <source>Give it more capacity or spread the load</source>
            <translation>Mehr Kapazität zuweisen oder die Last verteilen</translation>
        </message>
        <message>
            <source>Cross-AZ data transfer is %1 of the bill ($%2 a month)</source>
            <translation>AZ-übergreifende Datenübertragung macht %1 der Rechnung aus ($%2 pro Monat)</translation>
        </message>
        <message>
            <source>Serve reads from a replica or cache node in each zone the workload runs in</source>
            <translation>Lesezugriffe in jeder Zone, in der der Workload läuft, aus einem Replikat oder Cache-Knoten bedienen</translation>
        </message>
        <message>
            <source>%1 of %2's reads of %3 go to no reader: a Multi-AZ standby serves no reads</source>
            <translation>%1 der Lesezugriffe von %2 auf %3 gehen an keine Leseinstanz: Ein Multi-AZ-Standby bedient keine Lesezugriffe</translation>
        </message>
        <message>
            <source>Add a read replica for the rest, or give the linked readers shares that add up to 1</source>
            <translation>Für den Rest ein Lesereplikat hinzufügen oder den verbundenen Leseinstanzen Anteile geben, die zusammen 1 ergeben</translation>
        </message>
        <message>
            <source>%1 is a single point of failure: when it or its zone fails, %2 stops</source>
            <translation>%1 ist ein Single Point of Failure: Fällt die Komponente oder ihre Zone aus, steht %2 still</translation>
        </message>
        <message>
            <source>Make it redundant: %1</source>
            <translation>Redundant machen: %1</translation>
        </message>
        <message>
            <source>Give it a standby or a replica in another zone that can take over</source>
            <translation>Ein Standby oder Replikat in einer anderen Zone hinzufügen, das übernehmen kann</translation>
        </message>
        <message>
            <source>%1 has no replica to fail over to, and without it the databases behind it could not take %2's reads</source>
            <translation>%1 hat kein Replikat für einen Failover, und ohne den Cache könnten die Datenbanken dahinter die Lesezugriffe von %2 nicht bewältigen</translation>
        </message>
        <message>
            <source>Add a replica in another zone: %1</source>
            <translation>Replikat in einer anderen Zone hinzufügen: %1</translation>
        </message>
        <message>
            <source>%1 is a single point of failure: when it or its zone fails, %2 cannot read</source>
            <translation>%1 ist ein Single Point of Failure: Fällt der Cache oder seine Zone aus, kann %2 nicht lesen</translation>
        </message>
        <message>
            <source>Let %1 read from the database when the cache fails, or give the cache a replica</source>
            <translation>%1 bei einem Cache-Ausfall aus der Datenbank lesen lassen oder dem Cache ein Replikat geben</translation>
        </message>
        <message>
            <source>%1 is not priced: its %2, so the total leaves it out</source>
            <extracomment>%2 says which value is unknown: 'instance class "db.x" is not in the aws catalog for postgres in us-east-1'</extracomment>
            <translation>%1 hat keinen Preis und fehlt daher in der Summe: %2</translation>
        </message>
        <message>
            <source>Import an AWS price list that has it (archstudio catalog import)</source>
            <translation>Eine AWS-Preisliste importieren, die diesen Wert enthält (archstudio catalog import)</translation>
        </message>
        <message>
            <source>Set %1 to one the catalog prices, such as %2, or import an AWS price list that has it (archstudio catalog import)</source>
            <translation>%1 auf einen Wert setzen, für den der Katalog einen Preis hat, etwa %2, oder eine AWS-Preisliste importieren, die diesen Wert enthält (archstudio catalog import)</translation>
        </message>
        <message>
            <source>%1 is not priced in full: the catalog has no %2, so the total leaves it out</source>
            <translation>%1 hat keinen vollständigen Preis: Im Katalog fehlt %2, daher fehlt dieser Anteil in der Summe</translation>
        </message>
        <message>
            <source>Import an AWS price list that has it (archstudio catalog import), or choose settings the catalog prices</source>
            <translation>Eine AWS-Preisliste importieren, die diese Preise enthält (archstudio catalog import), oder Einstellungen wählen, für die der Katalog Preise hat</translation>
        </message>
        <message>
            <source>%1 sends writes to %2, which cannot accept them</source>
            <translation>%1 sendet Schreibzugriffe an %2, dort können sie aber nicht angenommen werden</translation>
        </message>
        <message>
            <source>Link the writes to the data set's writer instead</source>
            <translation>Die Schreibzugriffe stattdessen mit der Schreibinstanz des Datenbestands verbinden</translation>
        </message>
        <message>
            <source>Links from %1 are not routed: in this version only workloads send traffic (read-through caches are planned)</source>
            <translation>Verbindungen von %1 werden nicht geroutet: In dieser Version senden nur Workloads Datenverkehr (Read-Through-Caches sind geplant)</translation>
        </message>
        <message>
            <source>Cross-AZ data transfer (in and out)</source>
            <translation>AZ-übergreifende Datenübertragung (ein- und ausgehend)</translation>
        </message>
        <message>
            <source>Cross-region data transfer</source>
            <translation>Regionsübergreifende Datenübertragung</translation>
        </message>
        <message>
            <source>%1 goes down (%2)</source>
            <extracomment>%1 a component, %2 why: "instance failure", "its zone failed", "quorum lost"</extracomment>
            <translation>%1 fällt aus (%2)</translation>
        </message>
        <message>
            <source>%1: failure detected</source>
            <translation>%1: Ausfall erkannt</translation>
        </message>
        <message>
            <source>%1: standby in %2 promoted</source>
            <translation>%1: Standby in %2 hochgestuft</translation>
        </message>
        <message>
            <source>%1: DNS points at %2; serving again</source>
            <translation>%1: DNS zeigt auf %2; wieder in Betrieb</translation>
        </message>
        <message>
            <source>%1 from a backup; the last %2 s of writes may be lost</source>
            <translation>%1 (aus einem Backup); die Schreibzugriffe der letzten %2 s gehen möglicherweise verloren</translation>
        </message>
        <message>
            <source>%1: %2, empty (cold)</source>
            <extracomment>%1 a cache, %2 how it came back: "node replaced", "back with its zone"</extracomment>
            <translation>%1: %2, leer (kalt)</translation>
        </message>
        <message>
            <source>%1: warm again, hit ratio restored</source>
            <translation>%1: wieder warm, Trefferquote wiederhergestellt</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 a component, %2 what happened to it: "instance replaced", "back with its zone"</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 stops sending requests</source>
            <translation>%1 sendet keine Anfragen mehr</translation>
        </message>
        <message>
            <source>instance failure</source>
            <extracomment>why a component goes down, in "%1 goes down (%2)"</extracomment>
            <translation>Instanzausfall</translation>
        </message>
        <message>
            <source>%1 has no failure mode of its own: its outage is taken to last as long as a region event</source>
            <translation>%1 hat keinen eigenen Ausfallmodus: Für einen Ausfall wird die Dauer eines Regionsereignisses angenommen</translation>
        </message>
        <message>
            <source>service back</source>
            <extracomment>what happened, after a component's name: "%1: %2"</extracomment>
            <translation>Dienst wieder verfügbar</translation>
        </message>
        <message>
            <source>node replaced</source>
            <translation>Knoten ersetzt</translation>
        </message>
        <message>
            <source>instance replaced</source>
            <translation>Instanz ersetzt</translation>
        </message>
        <message>
            <source>Availability Zone %1 fails</source>
            <translation>Availability Zone %1 fällt aus</translation>
        </message>
        <message>
            <source>Availability Zone %1 is back</source>
            <translation>Availability Zone %1 ist wieder verfügbar</translation>
        </message>
        <message>
            <source>quorum lost</source>
            <extracomment>why a component goes down, in "%1 goes down (%2)"</extracomment>
            <translation>Quorum verloren</translation>
        </message>
        <message>
            <source>quorum back</source>
            <translation>Quorum wiederhergestellt</translation>
        </message>
        <message>
            <source>its zone failed</source>
            <extracomment>why a component goes down, in "%1 goes down (%2)"</extracomment>
            <translation>Zone ausgefallen</translation>
        </message>
        <message>
            <source>rebuilt in %1</source>
            <translation>in %1 neu aufgebaut</translation>
        </message>
        <message>
            <source>back with its zone</source>
            <translation>mit der Zone wieder verfügbar</translation>
        </message>
        <message>
            <source>Workloads spread over several zones are taken to shed the failed zone behind their load balancer; a workload placed only there is not modelled as lost</source>
            <translation>Bei Workloads, die über mehrere Zonen verteilt sind, wird angenommen, dass ihr Load Balancer die ausgefallene Zone herausnimmt; ein nur dort platzierter Workload wird nicht als verloren modelliert</translation>
        </message>
        <message>
            <source>Region %1 fails</source>
            <translation>Region %1 fällt aus</translation>
        </message>
        <message>
            <source>Region %1 is back</source>
            <translation>Region %1 ist wieder verfügbar</translation>
        </message>
        <message>
            <source>its region failed</source>
            <extracomment>why a component goes down, in "%1 goes down (%2)"</extracomment>
            <translation>Region ausgefallen</translation>
        </message>
        <message>
            <source>the copy in another region takes the writes</source>
            <translation>die Kopie in einer anderen Region übernimmt die Schreibzugriffe</translation>
        </message>
        <message>
            <source>back with its region</source>
            <translation>mit der Region wieder verfügbar</translation>
        </message>
        <message>
            <source>%1 promoted to writer for %2</source>
            <translation>%1 zur Schreibinstanz für %2 hochgestuft</translation>
        </message>
        <message>
            <source>clients of %1 pointed at %2</source>
            <translation>Clients von %1 auf %2 umgeleitet</translation>
        </message>
        <message>
            <source>the design has no component "%1"</source>
            <translation>der Entwurf hat keine Komponente „%1“</translation>
        </message>
        <message>
            <source>component "%1" is of kind "%2", which this version cannot simulate</source>
            <translation>Komponente „%1“ hat den Typ „%2“, den diese Version nicht simulieren kann</translation>
        </message>
        <message>
            <source>the design has no Availability Zone "%1"</source>
            <translation>der Entwurf hat keine Availability Zone „%1“</translation>
        </message>
        <message>
            <source>the design has no region "%1"</source>
            <translation>der Entwurf hat keine Region „%1“</translation>
        </message>
        <message>
            <source>the simulation stopped: a simulated year took more than %L1 failure and recovery events. Failure rates this high (the catalog's failure.*.per-year figures and the design's catalogOverrides) cannot be simulated</source>
            <translation>die Simulation wurde abgebrochen: Ein simuliertes Jahr umfasste mehr als %L1 Ausfall- und Wiederherstellungsereignisse. So hohe Ausfallraten (die Kennzahlen failure.*.per-year des Katalogs und die catalogOverrides des Entwurfs) lassen sich nicht simulieren</translation>
        </message>
        <message>
            <source>%1 s to %2 s: without the cache's hits, %3 saturates at peak (%4 of its capacity, %5 before): requests queue until the cache is back and warm</source>
            <translation>%1 s bis %2 s: Ohne die Cache-Treffer ist %3 bei Spitzenlast überlastet (%4 der Kapazität, zuvor %5): Anfragen stauen sich, bis der Cache wieder verfügbar und warm ist</translation>
        </message>
        <message>
            <source>%1 s to %2 s: %3 takes the cache's misses at up to %4 of its capacity at peak (%5 before): it survives</source>
            <translation>%1 s bis %2 s: %3 nimmt die Cache-Fehltreffer bei Spitzenlast mit bis zu %4 der Kapazität auf (zuvor %5) und hält stand</translation>
        </message>
        <message>
            <source>before the failure</source>
            <translation>vor dem Ausfall</translation>
        </message>
        <message>
            <source>%1 lives in one zone while %2 runs in %3 zones: losing that zone stops it</source>
            <translation>%1 liegt in nur einer Zone, während %2 in %3 Zonen läuft: Fällt diese Zone aus, steht der Workload still</translation>
        </message>
    </context>
    <context>
        <name>InspectorWidget</name>
        <message>
            <source>auto</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>\(default: ([^)]+)\)</source>
            <comment>a regular expression finding the "(default: …)" note in a property's help text, as the help texts are translated; keep the brackets and the group</comment>
            <translation>\(Standard: ([^)]+)\)</translation>
        </message>
    </context>
    <context>
        <name>Io</name>
        <message>
            <source> (zip error %1)</source>
            <extracomment>appended to an archive error message; %1 is the zip library's error code</extracomment>
            <translation> (Zip-Fehler %1)</translation>
        </message>
        <message>
            <source>cannot open: %1</source>
            <translation>kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>not a readable zip archive: it is truncated or damaged%1</source>
            <translation>kein lesbares Zip-Archiv: Es ist abgeschnitten oder beschädigt%1</translation>
        </message>
        <message>
            <source>the archive has %1 entries; at most %2 are accepted</source>
            <translation>das Archiv hat %1 Einträge; höchstens %2 sind zulässig</translation>
        </message>
        <message>
            <source>archive entry "%1" has an unsafe name (absolute or with ".."); the archive is refused</source>
            <translation>Archiveintrag „%1“ hat einen unsicheren Namen (absolut oder mit „..“); das Archiv wird abgelehnt</translation>
        </message>
        <message>
            <source>archive entry "%1" appears twice</source>
            <translation>Archiveintrag „%1“ kommt zweimal vor</translation>
        </message>
        <message>
            <source>archive entry "%1" cannot be read%2</source>
            <translation>Archiveintrag „%1“ kann nicht gelesen werden%2</translation>
        </message>
        <message>
            <source>archive entry "%1" cannot be opened%2</source>
            <translation>Archiveintrag „%1“ kann nicht geöffnet werden%2</translation>
        </message>
        <message>
            <source>archive entry "%1" is damaged%2</source>
            <translation>Archiveintrag „%1“ ist beschädigt%2</translation>
        </message>
        <message>
            <source>the archive unpacks to more than %1 MiB; it is refused (a zip bomb?)</source>
            <translation>das Archiv ist entpackt größer als %1 MiB; es wird abgelehnt (eine Zip-Bombe?)</translation>
        </message>
        <message>
            <source>archive entry "%1" fails its checksum (CRC-32): the archive is damaged%2</source>
            <translation>Archiveintrag „%1“ besteht die Prüfsumme (CRC-32) nicht: Das Archiv ist beschädigt%2</translation>
        </message>
        <message>
            <source>archive entry "%1" unpacks to %2 bytes, not the %3 its header records: the archive is damaged</source>
            <translation>Archiveintrag „%1“ ergibt entpackt %2 Bytes, nicht die %3 laut Header: Das Archiv ist beschädigt</translation>
        </message>
        <message>
            <source>the archive's directory is damaged%1</source>
            <translation>das Verzeichnis des Archivs ist beschädigt%1</translation>
        </message>
        <message>
            <source>cannot create the archive%1</source>
            <translation>das Archiv kann nicht erstellt werden%1</translation>
        </message>
        <message>
            <source>cannot write archive entry "%1"%2: %3</source>
            <translation>Archiveintrag „%1“ kann nicht geschrieben werden%2: %3</translation>
        </message>
        <message>
            <source>cannot finish the archive%1: %2</source>
            <translation>das Archiv kann nicht abgeschlossen werden%1: %2</translation>
        </message>
        <message>
            <source>a folder</source>
            <extracomment>what a path is, shown in "refused: this is %1, not a regular file"</extracomment>
            <translation>ein Ordner</translation>
        </message>
        <message>
            <source>a character device</source>
            <extracomment>what a path is, shown in "refused: this is %1, not a regular file"</extracomment>
            <translation>ein zeichenorientiertes Gerät</translation>
        </message>
        <message>
            <source>a block device</source>
            <extracomment>what a path is, shown in "refused: this is %1, not a regular file"</extracomment>
            <translation>ein blockorientiertes Gerät</translation>
        </message>
        <message>
            <source>a named pipe (FIFO)</source>
            <extracomment>what a path is, shown in "refused: this is %1, not a regular file"</extracomment>
            <translation>eine benannte Pipe (FIFO)</translation>
        </message>
        <message>
            <source>a socket</source>
            <extracomment>what a path is, shown in "refused: this is %1, not a regular file"</extracomment>
            <translation>ein Socket</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <extracomment>what a path is, shown in "refused: this is %1, not a regular file"</extracomment>
            <translation>keine reguläre Datei</translation>
        </message>
        <message>
            <source>refused: this is %1, not a regular file; ArchStudio writes only regular files and would replace it with one</source>
            <translation>abgelehnt: Dies ist %1 und keine reguläre Datei; ArchStudio schreibt nur reguläre Dateien und würde es durch eine ersetzen</translation>
        </message>
        <message>
            <source>the file system accepted no more bytes</source>
            <translation>das Dateisystem hat keine weiteren Bytes angenommen</translation>
        </message>
        <message>
            <source>cannot write: %1; the file was left as it was</source>
            <translation>kann nicht geschrieben werden: %1; die Datei wurde nicht verändert</translation>
        </message>
        <message>
            <source>refused: this is the input %1; writing the output there would destroy it</source>
            <translation>abgelehnt: Dies ist die Eingabedatei %1; die Ausgabe dorthin zu schreiben würde sie zerstören</translation>
        </message>
        <message>
            <source>refused: this is the input %1 (through a link); writing the output there would destroy it</source>
            <translation>abgelehnt: Dies ist die Eingabedatei %1 (über eine Verknüpfung); die Ausgabe dorthin zu schreiben würde sie zerstören</translation>
        </message>
        <message>
            <source>cannot write: %1</source>
            <translation>kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>%1; the file was left as it was</source>
            <translation>%1; die Datei wurde nicht verändert</translation>
        </message>
        <message>
            <source>Cost line items (CSV)</source>
            <translation>Kostenposten (CSV)</translation>
        </message>
        <message>
            <source>expected a JSON object</source>
            <translation>JSON-Objekt erwartet</translation>
        </message>
        <message>
            <source>format: this is a lesson pack, several designs in one file; open it in the studio, or list and extract its exercises with `archstudio lesson`</source>
            <translation>format: Dies ist ein Lektionspaket, mehrere Entwürfe in einer Datei; öffnen Sie es im Studio oder listen Sie seine Übungen mit `archstudio lesson` auf und extrahieren Sie sie</translation>
        </message>
        <message>
            <source>format: expected "archstudio"</source>
            <translation>format: erwartet: „archstudio“</translation>
        </message>
        <message>
            <source>formatVersion: expected a whole number</source>
            <translation>formatVersion: erwartet: eine ganze Zahl</translation>
        </message>
        <message>
            <source>formatVersion: %1 was written by a newer ArchStudio; this one reads versions up to %2</source>
            <translation>formatVersion: %1 wurde von einer neueren ArchStudio-Version geschrieben; diese Version liest Versionen bis %2</translation>
        </message>
        <message>
            <source>the design is %1 MiB; at most %2 MiB are accepted</source>
            <translation>der Entwurf ist %1 MiB groß; höchstens %2 MiB sind zulässig</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>kein gültiges JSON: %1</translation>
        </message>
        <message>
            <source>expected a whole number such as 1, got %1</source>
            <translation>erwartet: eine ganze Zahl wie 1, erhalten: %1</translation>
        </message>
        <message>
            <source>missing from the archive; expected the manifest of an .archstudio file</source>
            <translation>fehlt im Archiv; erwartet: das Manifest einer .archstudio-Datei</translation>
        </message>
        <message>
            <source>missing from the archive; expected the design</source>
            <translation>fehlt im Archiv; erwartet: der Entwurf</translation>
        </message>
        <message>
            <source>"%1" is in none of the formats ArchStudio reads (%2); read as design.json:</source>
            <translation>„%1“ hat keines der Formate, die ArchStudio liest (%2); als design.json gelesen:</translation>
        </message>
        <message>
            <source>a design is saved as .archstudio or .json; draw.io files are written by File &gt; Export…</source>
            <translation>ein Entwurf wird als .archstudio oder .json gespeichert; draw.io-Dateien werden mit Datei &gt; Exportieren… geschrieben</translation>
        </message>
        <message>
            <source>ArchStudio design</source>
            <translation>ArchStudio-Entwurf</translation>
        </message>
        <message>
            <source>Bare design.json</source>
            <translation>Reine design.json</translation>
        </message>
        <message>
            <source>the file is %1 MiB; at most %2 MiB are accepted</source>
            <translation>die Datei ist %1 MiB groß; höchstens %2 MiB sind zulässig</translation>
        </message>
        <message>
            <source>Designs (%1)</source>
            <extracomment>file dialog filter for every design format; %1 is the list of patterns</extracomment>
            <translation>Entwürfe (%1)</translation>
        </message>
        <message>
            <source>draw.io diagram exported by ArchStudio</source>
            <translation>Von ArchStudio exportiertes draw.io-Diagramm</translation>
        </message>
        <message>
            <source>draw.io diagram</source>
            <translation>draw.io-Diagramm</translation>
        </message>
        <message>
            <source>Evaluation (JSON)</source>
            <translation>Auswertung (JSON)</translation>
        </message>
        <message>
            <source>the export was cancelled</source>
            <translation>der Export wurde abgebrochen</translation>
        </message>
        <message>
            <source>a boolean</source>
            <extracomment>a JSON value's type, shown in "expected %1, got %2"</extracomment>
            <translation>ein Wahrheitswert</translation>
        </message>
        <message>
            <source>a number</source>
            <extracomment>a JSON value's type, shown in "expected %1, got %2"</extracomment>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>a string</source>
            <extracomment>a JSON value's type, shown in "expected %1, got %2"</extracomment>
            <translation>eine Zeichenkette</translation>
        </message>
        <message>
            <source>an array</source>
            <extracomment>a JSON value's type, shown in "expected %1, got %2"</extracomment>
            <translation>ein Array</translation>
        </message>
        <message>
            <source>an object</source>
            <extracomment>a JSON value's type, shown in "expected %1, got %2"</extracomment>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>zone "%1" does not belong to region %2; expected a code such as "%3"</source>
            <translation>Zone „%1“ gehört nicht zu Region %2; erwartet: ein Code wie „%3“</translation>
        </message>
        <message>
            <source>format version %1 was written by a newer ArchStudio; this one reads versions up to %2</source>
            <translation>Formatversion %1 wurde von einer neueren ArchStudio-Version geschrieben; diese Version liest Versionen bis %2</translation>
        </message>
        <message>
            <source>format version %1 cannot be read: no migration from version %1 to %2</source>
            <translation>Formatversion %1 kann nicht gelesen werden: keine Migration von Version %1 auf %2</translation>
        </message>
        <message>
            <source>version 2 keeps variants of a design; a version-1 design is its one variant, "%1"</source>
            <translation>Version 2 speichert Varianten eines Entwurfs; ein Entwurf der Version 1 ist seine einzige Variante, „%1“</translation>
        </message>
        <message>
            <source>version 3 keeps a presentation's scenes; a version-2 design has none</source>
            <translation>Version 3 speichert die Szenen einer Präsentation; ein Entwurf der Version 2 hat keine</translation>
        </message>
        <message>
            <source>the archive cannot be read to its end</source>
            <translation>das Archiv kann nicht bis zum Ende gelesen werden</translation>
        </message>
        <message>
            <source>the archive spans several disks, which ArchStudio does not read</source>
            <translation>das Archiv erstreckt sich über mehrere Datenträger; solche Archive liest ArchStudio nicht</translation>
        </message>
        <message>
            <source>the archive is in the zip64 format, which ArchStudio does not write or read</source>
            <translation>das Archiv hat das Format zip64, das ArchStudio weder schreibt noch liest</translation>
        </message>
        <message>
            <source>the archive's end record does not end the file: it is truncated or has bytes appended</source>
            <translation>der Endeintrag des Archivs steht nicht am Dateiende: Das Archiv ist abgeschnitten oder hat angehängte Bytes</translation>
        </message>
        <message>
            <source>the archive has no end record: it is truncated</source>
            <translation>das Archiv hat keinen Endeintrag: Es ist abgeschnitten</translation>
        </message>
        <message>
            <source>the central directory is damaged at byte %1</source>
            <translation>das zentrale Verzeichnis ist bei Byte %1 beschädigt</translation>
        </message>
        <message>
            <source>archive entry "%1" is encrypted; ArchStudio reads only unencrypted archives</source>
            <translation>Archiveintrag „%1“ ist verschlüsselt; ArchStudio liest nur unverschlüsselte Archive</translation>
        </message>
        <message>
            <source>archive entry "%1" uses compression method %2; ArchStudio reads only stored and deflated entries</source>
            <translation>Archiveintrag „%1“ verwendet die Komprimierungsmethode %2; ArchStudio liest nur unkomprimierte (stored) und mit Deflate komprimierte Einträge</translation>
        </message>
        <message>
            <source>archive entry "%1" lies on another disk</source>
            <translation>Archiveintrag „%1“ liegt auf einem anderen Datenträger</translation>
        </message>
        <message>
            <source>archive entry "%1" has no local header where the central directory says</source>
            <translation>Archiveintrag „%1“ hat keinen lokalen Header an der Stelle, die das zentrale Verzeichnis angibt</translation>
        </message>
        <message>
            <source>archive entry "%1"'s local header disagrees with the central directory</source>
            <translation>der lokale Header von Archiveintrag „%1“ stimmt nicht mit dem zentralen Verzeichnis überein</translation>
        </message>
        <message>
            <source>archive entry "%1" runs past the central directory: the archive is truncated or damaged</source>
            <translation>Archiveintrag „%1“ reicht über das zentrale Verzeichnis hinaus: Das Archiv ist abgeschnitten oder beschädigt</translation>
        </message>
        <message>
            <source>the archive is too short to be a zip archive: it is truncated</source>
            <translation>das Archiv ist zu kurz für ein Zip-Archiv: Es ist abgeschnitten</translation>
        </message>
        <message>
            <source>the central directory is not where the end record says: the archive is truncated or damaged</source>
            <translation>das zentrale Verzeichnis steht nicht dort, wo der Endeintrag angibt: Das Archiv ist abgeschnitten oder beschädigt</translation>
        </message>
        <message>
            <source>the central directory cannot be read: the archive is truncated</source>
            <translation>das zentrale Verzeichnis kann nicht gelesen werden: Das Archiv ist abgeschnitten</translation>
        </message>
        <message>
            <source>the central directory holds more than the %1 entries its end record counts</source>
            <translation>das zentrale Verzeichnis enthält mehr als die %1 Einträge, die sein Endeintrag angibt</translation>
        </message>
        <message>
            <source>expected a JSON object, got %1</source>
            <translation>erwartet: ein JSON-Objekt, erhalten: %1</translation>
        </message>
        <message>
            <source>"%1" is not a design; expected "archstudio-design"</source>
            <translation>„%1“ ist kein Entwurf; erwartet: „archstudio-design“</translation>
        </message>
        <message>
            <source>missing required key; expected 1</source>
            <translation>Pflichtschlüssel fehlt; erwartet: 1</translation>
        </message>
        <message>
            <source>expected a variant name</source>
            <translation>erwartet: ein Variantenname</translation>
        </message>
        <message>
            <source>"%1" names another variant too; expected a name of its own</source>
            <translation>„%1“ ist bereits der Name einer anderen Variante; erwartet: ein eigener Name</translation>
        </message>
        <message>
            <source>missing required key; expected %1</source>
            <translation>Pflichtschlüssel fehlt; erwartet: %1</translation>
        </message>
        <message>
            <source>expected %1, got %2</source>
            <translation>erwartet: %1, erhalten: %2</translation>
        </message>
        <message>
            <source>unknown key; kept but ignored</source>
            <translation>unbekannter Schlüssel; bleibt erhalten, wird aber ignoriert</translation>
        </message>
        <message>
            <source>unknown key; ignored</source>
            <translation>unbekannter Schlüssel; wird ignoriert</translation>
        </message>
        <message>
            <source>a zone code</source>
            <translation>ein Zonencode</translation>
        </message>
        <message>
            <source>%1 components is more than the limit of %2</source>
            <translation>%1 Komponenten überschreiten das Limit von %2</translation>
        </message>
        <message>
            <source>unknown traffic "%1"; expected reads, writes or reads-writes</source>
            <translation>unbekannter Datenverkehr „%1“; erwartet: reads, writes oder reads-writes</translation>
        </message>
        <message>
            <source>expected [x, y], got %1</source>
            <translation>erwartet: [x, y], erhalten: %1</translation>
        </message>
        <message>
            <source>expected [x, y, width, height], got %1</source>
            <translation>erwartet: [x, y, width, height], erhalten: %1</translation>
        </message>
        <message>
            <source>negative width or height; expected sizes of 0 or more</source>
            <translation>negative Breite oder Höhe; erwartet: Größen von 0 oder mehr</translation>
        </message>
        <message>
            <source>unknown colour "%1"; expected one of yellow, blue, green, pink, grey</source>
            <translation>unbekannte Farbe „%1“; erwartet: yellow, blue, green, pink oder grey</translation>
        </message>
        <message>
            <source>expected component:ID, zone:CODE or region:CODE, got "%1"</source>
            <translation>erwartet: component:ID, zone:CODE oder region:CODE, erhalten: „%1“</translation>
        </message>
        <message>
            <source>%1 is out of range; expected %2 to %3</source>
            <translation>%1 liegt außerhalb des gültigen Bereichs; erwartet: %2 bis %3</translation>
        </message>
        <message>
            <source>expected component:ID or note:ID</source>
            <translation>erwartet: component:ID oder note:ID</translation>
        </message>
        <message>
            <source>expected zone:CODE, region:CODE or component:ID, got "%1"</source>
            <translation>erwartet: zone:CODE, region:CODE oder component:ID, erhalten: „%1“</translation>
        </message>
        <message>
            <source>%1 s is before the failure; expected 0 or more</source>
            <translation>%1 s liegt vor dem Ausfall; erwartet: 0 oder mehr</translation>
        </message>
        <message>
            <source>unknown goal "%1"; expected max-monthly-cost, max-p99-ms, min-availability, survives-zone-loss, survives-region-loss, max-rpo-seconds or max-components</source>
            <translation>unbekanntes Ziel „%1“; erwartet: max-monthly-cost, max-p99-ms, min-availability, survives-zone-loss, survives-region-loss, max-rpo-seconds oder max-components</translation>
        </message>
        <message>
            <source>missing required key</source>
            <translation>Pflichtschlüssel fehlt</translation>
        </message>
        <message>
            <source>expected a number of 0 or more, got %1</source>
            <translation>erwartet: eine Zahl von 0 oder mehr, erhalten: %1</translation>
        </message>
        <message>
            <source>expected reads, writes or both, got "%1"</source>
            <translation>erwartet: reads, writes oder both, erhalten: „%1“</translation>
        </message>
        <message>
            <source>expected modelled or sla-floor, got "%1"</source>
            <translation>erwartet: modelled oder sla-floor, erhalten: „%1“</translation>
        </message>
        <message>
            <source>expected a width and height from %1 to %2, got [%3, %4]</source>
            <translation>erwartet: Breite und Höhe von %1 bis %2, erhalten: [%3, %4]</translation>
        </message>
        <message>
            <source>line %1: more than %2 cells; at most %2 are accepted</source>
            <translation>Zeile %1: mehr als %2 Zellen; höchstens %2 sind zulässig</translation>
        </message>
        <message>
            <source>line %1, column %2: not valid XML: %3</source>
            <translation>Zeile %1, Spalte %2: kein gültiges XML: %3</translation>
        </message>
        <message>
            <source>not a draw.io diagram: no mxGraphModel found</source>
            <translation>kein draw.io-Diagramm: kein mxGraphModel gefunden</translation>
        </message>
        <message>
            <source>cell %1 (line %2)</source>
            <extracomment>where a problem is in a draw.io file: %1 is the cell id, %2 its line</extracomment>
            <translation>Zelle %1 (Zeile %2)</translation>
        </message>
        <message>
            <source>its position or size is not a finite number</source>
            <translation>Position oder Größe ist keine endliche Zahl</translation>
        </message>
        <message>
            <source>the diagram is %1 MiB; at most %2 MiB are accepted</source>
            <translation>das Diagramm ist %1 MiB groß; höchstens %2 MiB sind zulässig</translation>
        </message>
        <message>
            <source>its containers nest more than %1 deep or form a cycle</source>
            <translation>die Container sind mehr als %1 Ebenen tief verschachtelt oder bilden einen Zyklus</translation>
        </message>
        <message>
            <source>written by a newer ArchStudio (draw.io format %1; this one reads %2)</source>
            <translation>von einer neueren ArchStudio-Version geschrieben (draw.io-Format %1; diese Version liest %2)</translation>
        </message>
        <message>
            <source>this draw.io file was not written by ArchStudio (no cell carries archstudio="design"); only diagrams exported by ArchStudio can be opened</source>
            <translation>diese draw.io-Datei wurde nicht von ArchStudio geschrieben (keine Zelle trägt archstudio="design"); nur von ArchStudio exportierte Diagramme können geöffnet werden</translation>
        </message>
        <message>
            <source>an Availability Zone must sit inside a region container</source>
            <translation>eine Availability Zone muss innerhalb eines Regions-Containers liegen</translation>
        </message>
        <message>
            <source>not an ArchStudio shape; ignored</source>
            <translation>keine ArchStudio-Form; wird ignoriert</translation>
        </message>
        <message>
            <source>a link must join two ArchStudio components (source %1, target %2)</source>
            <translation>eine Verbindung muss zwei ArchStudio-Komponenten verbinden (Quelle %1, Ziel %2)</translation>
        </message>
        <message>
            <source>traffic: expected reads, writes or reads-writes, got "%1"</source>
            <translation>traffic: erwartet: reads, writes oder reads-writes, erhalten: „%1“</translation>
        </message>
        <message>
            <source>readShare: expected a number, got "%1"</source>
            <translation>readShare: erwartet: eine Zahl, erhalten: „%1“</translation>
        </message>
        <message>
            <source>more than %L1 cells</source>
            <extracomment>shown as %1 in "the draw.io file would hold %1, ..."</extracomment>
            <translation>mehr als %L1 Zellen</translation>
        </message>
        <message>
            <source>more than %1</source>
            <extracomment>shown as %1 in "the draw.io file would hold %1, ..."; %1 is a size such as "16 MiB"</extracomment>
            <translation>mehr als %1</translation>
        </message>
        <message>
            <source>the draw.io file would hold %1, more than ArchStudio can read back; nothing was written. Export fewer components (--only, or the selection) or keep the design as .archstudio</source>
            <translation>die draw.io-Datei würde %1 enthalten, mehr als ArchStudio wieder einlesen kann; es wurde nichts geschrieben. Exportieren Sie weniger Komponenten (--only oder die Auswahl) oder behalten Sie den Entwurf als .archstudio</translation>
        </message>
        <message>
            <source>%1 MiB</source>
            <translation>%1 MiB</translation>
        </message>
        <message>
            <source>%L1 bytes</source>
            <translation>%L1 Bytes</translation>
        </message>
        <message>
            <source>expected text, such as "Recap failover first"</source>
            <translation>erwartet: Text, z. B. „Zuerst Failover wiederholen“</translation>
        </message>
        <message>
            <source>expected "archstudio-lesson"</source>
            <translation>erwartet: „archstudio-lesson“</translation>
        </message>
        <message>
            <source>expected a whole number</source>
            <translation>erwartet: eine ganze Zahl</translation>
        </message>
        <message>
            <source>%1 was written by a newer ArchStudio; this one reads lesson packs up to version %2</source>
            <translation>%1 wurde von einer neueren ArchStudio-Version geschrieben; diese Version liest Lektionspakete bis Version %2</translation>
        </message>
        <message>
            <source>expected a list of one or more exercises</source>
            <translation>erwartet: eine Liste mit einer oder mehreren Übungen</translation>
        </message>
        <message>
            <source>expected an object with a "file"</source>
            <translation>erwartet: ein Objekt mit „file“</translation>
        </message>
        <message>
            <source>expected the name of the exercise's entry</source>
            <translation>erwartet: der Name des Archiveintrags der Übung</translation>
        </message>
        <message>
            <source>Exercise %1</source>
            <translation>Übung %1</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>Datei nicht vorhanden</translation>
        </message>
        <message>
            <source>not a lesson pack: a lesson pack is a zip archive (.%1)</source>
            <translation>kein Lektionspaket: Ein Lektionspaket ist ein Zip-Archiv (.%1)</translation>
        </message>
        <message>
            <source>missing from the archive; expected the manifest of a lesson pack</source>
            <translation>fehlt im Archiv; erwartet: das Manifest eines Lektionspakets</translation>
        </message>
        <message>
            <source>"%1" is not in the archive</source>
            <translation>„%1“ ist nicht im Archiv enthalten</translation>
        </message>
        <message>
            <source>a lesson pack needs at least one exercise</source>
            <translation>ein Lektionspaket benötigt mindestens eine Übung</translation>
        </message>
        <message>
            <source>line %1: the compressed diagram is not valid base64 text</source>
            <translation>Zeile %1: Das komprimierte Diagramm ist kein gültiger Base64-Text</translation>
        </message>
        <message>
            <source>line %1: the compressed diagram cannot be uncompressed: %2</source>
            <translation>Zeile %1: Das komprimierte Diagramm kann nicht dekomprimiert werden: %2</translation>
        </message>
        <message>
            <source>zlib could not be initialised</source>
            <translation>zlib konnte nicht initialisiert werden</translation>
        </message>
        <message>
            <source>it inflates to more than %1 MiB; at most %1 MiB are accepted</source>
            <translation>dekomprimiert mehr als %1 MiB; höchstens %1 MiB sind zulässig</translation>
        </message>
        <message>
            <source>the deflate data is corrupt</source>
            <translation>die Deflate-Daten sind beschädigt</translation>
        </message>
        <message>
            <source>the deflate data ends too early</source>
            <translation>die Deflate-Daten enden zu früh</translation>
        </message>
        <message>
            <source>%1: not inside an Availability Zone group; placed in %2.</source>
            <translation>%1: nicht in einer Availability-Zone-Gruppe; in %2 platziert.</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 in %2</translation>
        </message>
        <message>
            <source>The diagram has no %1 in %2 for %3; one was added as "%4".</source>
            <translation>Das Diagramm enthält für %3 keine Komponente vom Typ %1 in %2; sie wurde als „%4“ hinzugefügt.</translation>
        </message>
        <message>
            <source>a %1 must be joined by an edge to the component it belongs to, and it is not</source>
            <translation>eine Komponente vom Typ %1 muss durch eine Kante mit der Komponente verbunden sein, zu der sie gehört, ist es aber nicht</translation>
        </message>
        <message>
            <source>an edge that does not join two imported components</source>
            <translation>eine Kante, die nicht zwei importierte Komponenten verbindet</translation>
        </message>
        <message>
            <source>links run from a workload to a data store; %1 and %2 cannot be linked</source>
            <translation>Verbindungen führen von einem Workload zu einem Datenspeicher; %1 und %2 können nicht verbunden werden</translation>
        </message>
        <message>
            <source>a second edge between the same shapes</source>
            <translation>eine zweite Kante zwischen denselben Formen</translation>
        </message>
        <message>
            <source>the imported design is not valid</source>
            <translation>der importierte Entwurf ist ungültig</translation>
        </message>
        <message>
            <source>%1 unlabelled shapes were ignored as decoration.</source>
            <translation>%1 unbeschriftete Formen wurden als Dekoration ignoriert.</translation>
        </message>
        <message>
            <source>The file has %1 pages; only the first was imported.</source>
            <translation>Die Datei hat %1 Seiten; nur die erste wurde importiert.</translation>
        </message>
        <message>
            <source>this diagram was not written by ArchStudio, and none of its shapes is one ArchStudio models</source>
            <translation>dieses Diagramm wurde nicht von ArchStudio geschrieben, und keine seiner Formen wird von ArchStudio modelliert</translation>
        </message>
        <message>
            <source>not imported: %1</source>
            <translation>nicht importiert: %1</translation>
        </message>
        <message>
            <source>The diagram has no Region group; its shapes are placed in %1, the catalog's reference region.</source>
            <translation>Das Diagramm hat keine Region-Gruppe; seine Formen werden in %1 platziert, der Referenzregion des Katalogs.</translation>
        </message>
        <message>
            <source>Some shapes lie outside every Region group; they are placed in %1, the catalog's reference region.</source>
            <translation>Einige Formen liegen außerhalb aller Region-Gruppen; sie werden in %1 platziert, der Referenzregion des Katalogs.</translation>
        </message>
        <message>
            <source>another cell has the same id</source>
            <translation>eine andere Zelle hat dieselbe ID</translation>
        </message>
        <message>
            <source>its containers nest more than %1 deep or form a cycle, or its position is not a finite number</source>
            <translation>die Container sind mehr als %1 Ebenen tief verschachtelt oder bilden einen Zyklus, oder die Position ist keine endliche Zahl</translation>
        </message>
        <message>
            <source>a group ArchStudio does not model; the shapes inside it are read</source>
            <translation>eine Gruppe, die ArchStudio nicht modelliert; die Formen darin werden gelesen</translation>
        </message>
        <message>
            <source>mxgraph.aws4.%1 is not a kind ArchStudio models</source>
            <translation>mxgraph.aws4.%1 ist kein Typ, den ArchStudio modelliert</translation>
        </message>
        <message>
            <source>text or a shape that is not one of ArchStudio's kinds</source>
            <translation>Text oder eine Form, die keinem ArchStudio-Typ entspricht</translation>
        </message>
        <message>
            <source>%1: the Region group names no region; it is taken as %2, the catalog's reference region.</source>
            <translation>%1: Die Region-Gruppe nennt keine Region; es wird %2 angenommen, die Referenzregion des Katalogs.</translation>
        </message>
        <message>
            <source>region %1 has no more zone names</source>
            <translation>für Region %1 gibt es keine weiteren Zonennamen</translation>
        </message>
        <message>
            <source>%1: the Availability Zone group names no zone; it is taken as %2.</source>
            <translation>%1: Die Availability-Zone-Gruppe nennt keine Zone; es wird %2 angenommen.</translation>
        </message>
        <message>
            <source>cell "%1"</source>
            <extracomment>a cell of a draw.io diagram: %1 is its id</extracomment>
            <translation>Zelle „%1“</translation>
        </message>
        <message>
            <source>cell "%1" (%2)</source>
            <extracomment>a cell of a draw.io diagram: %1 is its id, %2 its label</extracomment>
            <translation>Zelle „%1“ (%2)</translation>
        </message>
        <message>
            <source>%1 is not a resource ArchStudio models.</source>
            <translation>%1 ist keine Ressource, die ArchStudio modelliert.</translation>
        </message>
        <message>
            <source>Imported Terraform plan</source>
            <translation>Importierter Terraform-Plan</translation>
        </message>
        <message>
            <source>Imported from the Terraform state %1.</source>
            <translation>Importiert aus dem Terraform-State %1.</translation>
        </message>
        <message>
            <source>Imported from the Terraform plan %1.</source>
            <translation>Importiert aus dem Terraform-Plan %1.</translation>
        </message>
        <message>
            <source>%1 holds no resource ArchStudio models: the design is empty.</source>
            <translation>%1 enthält keine Ressource, die ArchStudio modelliert: Der Entwurf ist leer.</translation>
        </message>
        <message>
            <source>%1: the imported design is not valid: %2</source>
            <translation>%1: Der importierte Entwurf ist ungültig: %2</translation>
        </message>
        <message>
            <source>%1 is %2, not an object</source>
            <translation>%1 ist %2, kein Objekt</translation>
        </message>
        <message>
            <source>%1 is %2, not an array</source>
            <translation>%1 ist %2, kein Array</translation>
        </message>
        <message>
            <source>the file holds %1, not an object</source>
            <translation>die Datei enthält %1, kein Objekt</translation>
        </message>
        <message>
            <source>it has no format_version</source>
            <translation>format_version fehlt</translation>
        </message>
        <message>
            <source>it has neither planned_values (a plan) nor values (a state)</source>
            <translation>weder planned_values (ein Plan) noch values (ein State) vorhanden</translation>
        </message>
        <message>
            <source>%1 has no root_module</source>
            <translation>%1 hat kein root_module</translation>
        </message>
        <message>
            <source>resource_changes[%1] is %2, not an object</source>
            <translation>resource_changes[%1] ist %2, kein Objekt</translation>
        </message>
        <message>
            <source>The plan deletes it.</source>
            <translation>Der Plan löscht diese Ressource.</translation>
        </message>
        <message>
            <source>%1 nests too many modules</source>
            <translation>%1 verschachtelt zu viele Module</translation>
        </message>
        <message>
            <source>%1 has no address or no type</source>
            <translation>%1 hat keine Adresse oder keinen Typ</translation>
        </message>
        <message>
            <source>A data source is read, not managed: it is not part of the design.</source>
            <translation>Eine Datenquelle wird gelesen, nicht verwaltet: Sie gehört nicht zum Entwurf.</translation>
        </message>
        <message>
            <source>it has more than %1 resources</source>
            <translation>mehr als %1 Ressourcen enthalten</translation>
        </message>
        <message>
            <source>the file is larger than %1 MiB</source>
            <translation>die Datei ist größer als %1 MiB</translation>
        </message>
        <message>
            <source>not a Terraform plan or state (expected the output of terraform show -json: %1)</source>
            <translation>kein Terraform-Plan oder -State (erwartet wird die Ausgabe von terraform show -json: %1)</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>Workload</source>
            <translation>Workload</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>An application tier that reads and writes data; the point of view of every figure</source>
            <translation>Eine Anwendungsschicht, die Daten liest und schreibt; alle Kennzahlen beziehen sich auf ihre Sicht</translation>
        </message>
        <message>
            <source>average reads per second</source>
            <translation>durchschnittliche Lesezugriffe pro Sekunde</translation>
        </message>
        <message>
            <source>average writes per second</source>
            <translation>durchschnittliche Schreibzugriffe pro Sekunde</translation>
        </message>
        <message>
            <source>size of one item read or written</source>
            <translation>Größe eines gelesenen oder geschriebenen Elements</translation>
        </message>
        <message>
            <source>peak load as a multiple of the average</source>
            <translation>Spitzenlast als Vielfaches des Durchschnitts</translation>
        </message>
        <message>
            <source>consistency of reads (DynamoDB halves the cost of eventual reads)</source>
            <translation>Konsistenz der Lesezugriffe (DynamoDB halbiert die Kosten für letztendlich konsistente Lesezugriffe)</translation>
        </message>
        <message>
            <source>on a cache outage, reads go to the database</source>
            <translation>bei einem Cache-Ausfall gehen Lesezugriffe an die Datenbank</translation>
        </message>
        <message>
            <source>expected a DB instance class such as db.r6g.large</source>
            <translation>erwartet wird eine DB-Instanzklasse wie db.r6g.large</translation>
        </message>
        <message>
            <source>RDS database</source>
            <translation>RDS-Datenbank</translation>
        </message>
        <message>
            <source>Databases</source>
            <translation>Datenbanken</translation>
        </message>
        <message>
            <source>An Amazon RDS instance: Single-AZ, Multi-AZ instance or Multi-AZ DB cluster</source>
            <translation>Eine Instanz von Amazon RDS: Single-AZ, Multi-AZ-Instanz oder Multi-AZ-DB-Cluster</translation>
        </message>
        <message>
            <source>database engine</source>
            <translation>Datenbank-Engine</translation>
        </message>
        <message>
            <source>how the instance is made highly available</source>
            <translation>wie die Instanz hochverfügbar gemacht wird</translation>
        </message>
        <message>
            <source>the Availability Zone of the Multi-AZ standby</source>
            <translation>die Availability Zone des Multi-AZ-Standbys</translation>
        </message>
        <message>
            <source>EBS storage type</source>
            <translation>EBS-Speichertyp</translation>
        </message>
        <message>
            <source>allocated storage</source>
            <translation>zugewiesener Speicher</translation>
        </message>
        <message>
            <source>provisioned IOPS (io1/io2, or gp3 above its baseline)</source>
            <translation>bereitgestellte IOPS (io1/io2 oder gp3 über seinem Basiswert)</translation>
        </message>
        <message>
            <source>backup storage beyond the free allowance</source>
            <translation>Backup-Speicher über das kostenlose Kontingent hinaus</translation>
        </message>
        <message>
            <source>RDS read replica</source>
            <translation>RDS-Lesereplikat</translation>
        </message>
        <message>
            <source>An asynchronous read replica of an RDS database, in its region or another</source>
            <translation>Ein asynchrones Lesereplikat einer RDS-Datenbank, in deren Region oder einer anderen</translation>
        </message>
        <message>
            <source>expected the id of the source RDS database</source>
            <translation>erwartet wird die ID der Quell-RDS-Datenbank</translation>
        </message>
        <message>
            <source>expected a DB instance class such as db.r6g.large (default: the source's)</source>
            <translation>erwartet wird eine DB-Instanzklasse wie db.r6g.large (Standard: die der Quelle)</translation>
        </message>
        <message>
            <source>EBS storage type (default: the source's)</source>
            <translation>EBS-Speichertyp (Standard: die der Quelle)</translation>
        </message>
        <message>
            <source>allocated storage (default: the source's)</source>
            <translation>zugewiesener Speicher (Standard: die der Quelle)</translation>
        </message>
        <message>
            <source>Aurora cluster</source>
            <translation>Aurora-Cluster</translation>
        </message>
        <message>
            <source>An Aurora cluster: its shared storage volume spans three Availability Zones</source>
            <translation>Ein Aurora-Cluster: Sein gemeinsames Speicher-Volume erstreckt sich über drei Availability Zones</translation>
        </message>
        <message>
            <source>Aurora engine</source>
            <translation>Aurora-Engine</translation>
        </message>
        <message>
            <source>Standard bills I/O per request; I/O-Optimized includes it</source>
            <translation>Standard berechnet I/O pro Anfrage; bei I/O-Optimized ist es enthalten</translation>
        </message>
        <message>
            <source>data stored in the cluster volume</source>
            <translation>im Cluster-Volume gespeicherte Daten</translation>
        </message>
        <message>
            <source>I/O requests per month (derived from the load when absent)</source>
            <translation>I/O-Anfragen pro Monat (ohne Angabe aus der Last abgeleitet)</translation>
        </message>
        <message>
            <source>secondary regions of an Aurora Global Database</source>
            <translation>sekundäre Regionen einer Aurora Global Database</translation>
        </message>
        <message>
            <source>Aurora instance</source>
            <translation>Aurora-Instanz</translation>
        </message>
        <message>
            <source>A writer or reader instance of an Aurora cluster</source>
            <translation>Eine Schreib- oder Leseinstanz eines Aurora-Clusters</translation>
        </message>
        <message>
            <source>expected the id of its Aurora cluster</source>
            <translation>erwartet wird die ID des zugehörigen Aurora-Clusters</translation>
        </message>
        <message>
            <source>writer or reader</source>
            <translation>Schreib- oder Leseinstanz</translation>
        </message>
        <message>
            <source>Aurora Serverless v2 instead of an instance class</source>
            <translation>Aurora Serverless v2 statt einer Instanzklasse</translation>
        </message>
        <message>
            <source>Serverless v2 minimum capacity</source>
            <translation>Mindestkapazität für Serverless v2</translation>
        </message>
        <message>
            <source>Serverless v2 maximum capacity</source>
            <translation>Höchstkapazität für Serverless v2</translation>
        </message>
        <message>
            <source>promotion priority (0 is promoted first)</source>
            <translation>Priorität beim Hochstufen (0 wird zuerst hochgestuft)</translation>
        </message>
        <message>
            <source>expected a DAX node type such as dax.r5.large</source>
            <translation>erwartet wird ein DAX-Knotentyp wie dax.r5.large</translation>
        </message>
        <message>
            <source>number of DAX nodes</source>
            <translation>Anzahl der DAX-Knoten</translation>
        </message>
        <message>
            <source>a DynamoDB Accelerator cluster in front of the table, or null</source>
            <translation>ein DynamoDB-Accelerator-Cluster vor der Tabelle oder null</translation>
        </message>
        <message>
            <source>DynamoDB table</source>
            <translation>DynamoDB-Tabelle</translation>
        </message>
        <message>
            <source>A DynamoDB table: regional, optionally a global table</source>
            <translation>Eine DynamoDB-Tabelle: regional, optional als globale Tabelle</translation>
        </message>
        <message>
            <source>how capacity is billed</source>
            <translation>wie die Kapazität abgerechnet wird</translation>
        </message>
        <message>
            <source>provisioned read capacity</source>
            <translation>bereitgestellte Lesekapazität</translation>
        </message>
        <message>
            <source>provisioned write capacity</source>
            <translation>bereitgestellte Schreibkapazität</translation>
        </message>
        <message>
            <source>data stored in the table</source>
            <translation>in der Tabelle gespeicherte Daten</translation>
        </message>
        <message>
            <source>regions holding replicas of a global table</source>
            <translation>Regionen mit Replikaten einer globalen Tabelle</translation>
        </message>
        <message>
            <source>continuous backups</source>
            <translation>kontinuierliche Backups</translation>
        </message>
        <message>
            <source>ElastiCache</source>
            <translation>ElastiCache</translation>
        </message>
        <message>
            <source>Caches</source>
            <translation>Caches</translation>
        </message>
        <message>
            <source>An ElastiCache cache: node-based (shards and replicas) or Serverless</source>
            <translation>Ein ElastiCache-Cache: knotenbasiert (Shards und Replikate) oder Serverless</translation>
        </message>
        <message>
            <source>cache engine</source>
            <translation>Cache-Engine</translation>
        </message>
        <message>
            <source>node-based clusters or ElastiCache Serverless</source>
            <translation>knotenbasierte Cluster oder ElastiCache Serverless</translation>
        </message>
        <message>
            <source>expected a cache node type such as cache.r7g.large</source>
            <translation>erwartet wird ein Cache-Knotentyp wie cache.r7g.large</translation>
        </message>
        <message>
            <source>node groups (shards)</source>
            <translation>Knotengruppen (Shards)</translation>
        </message>
        <message>
            <source>replicas in each shard</source>
            <translation>Replikate pro Shard</translation>
        </message>
        <message>
            <source>replicas in other zones, promoted automatically</source>
            <translation>Replikate in anderen Zonen, automatisch hochgestuft</translation>
        </message>
        <message>
            <source>share of reads answered by the cache</source>
            <translation>Anteil der Lesezugriffe, die der Cache beantwortet</translation>
        </message>
        <message>
            <source>data cached (Serverless)</source>
            <translation>zwischengespeicherte Daten (Serverless)</translation>
        </message>
        <message>
            <source>expected an EC2 instance type such as m6i.large or r6g.xlarge</source>
            <translation>erwartet wird ein EC2-Instanztyp wie m6i.large oder r6g.xlarge</translation>
        </message>
        <message>
            <source>further instances, each with its own volume, in the region's other zones</source>
            <translation>weitere Instanzen, jede mit eigenem Volume, in den anderen Zonen der Region</translation>
        </message>
        <message>
            <source>time to notice a failed primary (default: the catalog's figure)</source>
            <translation>Zeit bis zum Erkennen einer ausgefallenen primären Instanz (Standard: Wert aus dem Katalog)</translation>
        </message>
        <message>
            <source>time to promote a replica and reconnect clients (default: the catalog's figure)</source>
            <translation>Zeit zum Hochstufen eines Replikats und erneuten Verbinden der Clients (Standard: Wert aus dem Katalog)</translation>
        </message>
        <message>
            <source>IOPS of each volume (gp3 bills those above its included baseline; default: the gp3 baseline)</source>
            <translation>IOPS je Volume (bei gp3 werden die IOPS über dem enthaltenen Basiswert berechnet; Standard: der gp3-Basiswert)</translation>
        </message>
        <message>
            <source>PostgreSQL on EC2</source>
            <translation>PostgreSQL auf EC2</translation>
        </message>
        <message>
            <source>PostgreSQL run by its owner on EC2 instances with EBS volumes, optionally with streaming replicas in other zones</source>
            <translation>Selbst betriebenes PostgreSQL auf EC2-Instanzen mit EBS-Volumes, optional mit Streaming-Replikaten in anderen Zonen</translation>
        </message>
        <message>
            <source>EBS volume type of each instance</source>
            <translation>EBS-Volume-Typ jeder Instanz</translation>
        </message>
        <message>
            <source>size of each instance's volume</source>
            <translation>Größe des Volumes jeder Instanz</translation>
        </message>
        <message>
            <source>asynchronous streaming, or synchronous commits that wait for a replica</source>
            <translation>asynchrones Streaming oder synchrone Commits, die auf ein Replikat warten</translation>
        </message>
        <message>
            <source>who promotes a replica when the primary is lost: nobody (rebuild), an operator, or a tool such as Patroni</source>
            <translation>wer ein Replikat hochstuft, wenn die primäre Instanz verloren geht: niemand (Neuaufbau), ein Administrator oder ein Tool wie Patroni</translation>
        </message>
        <message>
            <source>Redis on EC2</source>
            <translation>Redis auf EC2</translation>
        </message>
        <message>
            <source>A Redis cache run by its owner on EC2 instances, optionally with asynchronous replicas in other zones</source>
            <translation>Ein selbst betriebener Redis-Cache auf EC2-Instanzen, optional mit asynchronen Replikaten in anderen Zonen</translation>
        </message>
        <message>
            <source>an EBS volume for RDB or AOF persistence, or none</source>
            <translation>ein EBS-Volume für RDB- oder AOF-Persistenz oder keines</translation>
        </message>
        <message>
            <source>who promotes a replica when the primary is lost: nobody (rebuild), an operator, or Redis Sentinel</source>
            <translation>wer ein Replikat hochstuft, wenn die primäre Instanz verloren geht: niemand (Neuaufbau), ein Administrator oder Redis Sentinel</translation>
        </message>
        <message>
            <source>Reads per second</source>
            <translation>Lesezugriffe pro Sekunde</translation>
        </message>
        <message>
            <source>Writes per second</source>
            <translation>Schreibzugriffe pro Sekunde</translation>
        </message>
        <message>
            <source>Item size</source>
            <translation>Elementgröße</translation>
        </message>
        <message>
            <source>Peak factor</source>
            <translation>Spitzenfaktor</translation>
        </message>
        <message>
            <source>Read consistency</source>
            <translation>Lesekonsistenz</translation>
        </message>
        <message>
            <source>Cache fallback</source>
            <translation>Cache-Ausweichpfad</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>Engine</translation>
        </message>
        <message>
            <source>Instance class</source>
            <translation>Instanzklasse</translation>
        </message>
        <message>
            <source>Deployment</source>
            <translation>Bereitstellung</translation>
        </message>
        <message>
            <source>Standby zone</source>
            <translation>Standby-Zone</translation>
        </message>
        <message>
            <source>Storage type</source>
            <translation>Speichertyp</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>Speicher</translation>
        </message>
        <message>
            <source>IOPS</source>
            <translation>IOPS</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Replica of</source>
            <translation>Replikat von</translation>
        </message>
        <message>
            <source>Storage config</source>
            <translation>Speicherkonfiguration</translation>
        </message>
        <message>
            <source>I/O requests per month</source>
            <translation>I/O-Anfragen pro Monat</translation>
        </message>
        <message>
            <source>Global secondary regions</source>
            <translation>Globale sekundäre Regionen</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Serverless v2</source>
            <translation>Serverless v2</translation>
        </message>
        <message>
            <source>Min ACU</source>
            <translation>Min. ACU</translation>
        </message>
        <message>
            <source>Max ACU</source>
            <translation>Max. ACU</translation>
        </message>
        <message>
            <source>Failover tier</source>
            <translation>Failover-Stufe</translation>
        </message>
        <message>
            <source>Capacity mode</source>
            <translation>Kapazitätsmodus</translation>
        </message>
        <message>
            <source>Read capacity units</source>
            <translation>Lesekapazitätseinheiten</translation>
        </message>
        <message>
            <source>Write capacity units</source>
            <translation>Schreibkapazitätseinheiten</translation>
        </message>
        <message>
            <source>Global table regions</source>
            <translation>Regionen der globalen Tabelle</translation>
        </message>
        <message>
            <source>Point in time recovery</source>
            <translation>Point-in-Time-Wiederherstellung</translation>
        </message>
        <message>
            <source>DAX</source>
            <translation>DAX</translation>
        </message>
        <message>
            <source>Node type</source>
            <translation>Knotentyp</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Knoten</translation>
        </message>
        <message>
            <source>Shards</source>
            <translation>Shards</translation>
        </message>
        <message>
            <source>Replicas per shard</source>
            <translation>Replikate pro Shard</translation>
        </message>
        <message>
            <source>Multi-AZ</source>
            <translation>Multi-AZ</translation>
        </message>
        <message>
            <source>Hit ratio</source>
            <translation>Trefferquote</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Instance type</source>
            <translation>Instanztyp</translation>
        </message>
        <message>
            <source>EBS type</source>
            <translation>EBS-Typ</translation>
        </message>
        <message>
            <source>Replicas</source>
            <translation>Replikate</translation>
        </message>
        <message>
            <source>Replication</source>
            <translation>Replikation</translation>
        </message>
        <message>
            <source>Failover tooling</source>
            <translation>Failover-Werkzeug</translation>
        </message>
        <message>
            <source>Detection</source>
            <translation>Erkennung</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Hochstufung</translation>
        </message>
    </context>
    <context>
        <name>Model</name>
        <message>
            <source>points to %1, which the design does not have; the note is shown without its arrow</source>
            <translation>zeigt auf %1, das im Entwurf nicht vorhanden ist; die Notiz wird ohne Pfeil angezeigt</translation>
        </message>
        <message>
            <source>empty id; expected a unique, non-empty string</source>
            <translation>leere ID; erwartet: eine eindeutige, nicht leere Zeichenkette</translation>
        </message>
        <message>
            <source>duplicate id "%1"; components[%2] has it already</source>
            <translation>doppelte ID „%1“; components[%2] hat sie bereits</translation>
        </message>
        <message>
            <source>empty region code; expected e.g. "us-east-1"</source>
            <translation>leerer Regionscode; erwartet: z. B. „us-east-1“</translation>
        </message>
        <message>
            <source>region "%1" is listed twice</source>
            <translation>Region „%1“ ist doppelt aufgeführt</translation>
        </message>
        <message>
            <source>empty zone code; expected a zone of region %1</source>
            <translation>leerer Zonencode; erwartet: eine Zone von Region %1</translation>
        </message>
        <message>
            <source>zone "%1" is already listed under region %2</source>
            <translation>Zone „%1“ ist bereits unter Region %2 aufgeführt</translation>
        </message>
        <message>
            <source>unknown kind "%1"; it is kept as is but not evaluated (known kinds: %2)</source>
            <translation>unbekannter Typ „%1“; die Komponente bleibt unverändert erhalten, wird aber nicht ausgewertet (bekannte Typen: %2)</translation>
        </message>
        <message>
            <source>missing; a "%1" needs it (%2)</source>
            <translation>fehlt; eine Komponente vom Typ „%1“ benötigt diese Angabe (%2)</translation>
        </message>
        <message>
            <source>unknown property of a "%1"; it is kept but ignored</source>
            <translation>unbekannte Eigenschaft für den Typ „%1“; sie bleibt erhalten, wird aber ignoriert</translation>
        </message>
        <message>
            <source>does not apply unless %1 is %2; it is kept but ignored</source>
            <translation>gilt nur, wenn %1 den Wert %2 hat; bleibt erhalten, wird aber ignoriert</translation>
        </message>
        <message>
            <source> or </source>
            <comment>between choice values: "a" or "b"</comment>
            <translation> oder </translation>
        </message>
        <message>
            <source>missing; expected one of the design's region codes</source>
            <translation>fehlt; erwartet: einer der Regionscodes des Entwurfs</translation>
        </message>
        <message>
            <source>unknown region "%1"; expected a region listed in "regions"</source>
            <translation>unbekannte Region „%1“; erwartet: eine unter „regions“ aufgeführte Region</translation>
        </message>
        <message>
            <source>zone "%1" belongs to region %2, not to the placement's region %3</source>
            <translation>Zone „%1“ gehört zu Region %2, nicht zur Region %3 der Platzierung</translation>
        </message>
        <message>
            <source>unknown zone "%1"; expected one of the zones of region %2 (%3)</source>
            <translation>unbekannte Zone „%1“; erwartet: eine der Zonen von Region %2 (%3)</translation>
        </message>
        <message>
            <source>missing; a "%1" lives in one Availability Zone</source>
            <translation>fehlt; eine Komponente vom Typ „%1“ liegt in genau einer Availability Zone</translation>
        </message>
        <message>
            <source>missing; a "%1" needs the Availability Zones it runs in</source>
            <translation>fehlt; eine Komponente vom Typ „%1“ benötigt die Availability Zones, in denen sie läuft</translation>
        </message>
        <message>
            <source>a "%1" is a regional service; its zones are ignored</source>
            <translation>„%1“ ist ein regionaler Dienst; die Zonenangaben werden ignoriert</translation>
        </message>
        <message>
            <source>unknown component "%1"; expected the id of a component of this design</source>
            <translation>unbekannte Komponente „%1“; erwartet: die ID einer Komponente dieses Entwurfs</translation>
        </message>
        <message>
            <source>links "%1" to itself; expected two different components</source>
            <translation>verbindet „%1“ mit sich selbst; erwartet: zwei verschiedene Komponenten</translation>
        </message>
        <message>
            <source>%1 is out of range; expected a share between 0 and 1</source>
            <translation>%1 liegt außerhalb des gültigen Bereichs; erwartet: ein Anteil zwischen 0 und 1</translation>
        </message>
        <message>
            <source>a second link from "%1" to "%2"; only one is needed</source>
            <translation>eine zweite Verbindung von „%1“ zu „%2“; nur eine wird benötigt</translation>
        </message>
        <message>
            <source>no such region in the design; the frame is ignored</source>
            <translation>diese Region gibt es im Entwurf nicht; der Rahmen wird ignoriert</translation>
        </message>
        <message>
            <source>no such zone in the design; the frame is ignored</source>
            <translation>diese Zone gibt es im Entwurf nicht; der Rahmen wird ignoriert</translation>
        </message>
        <message>
            <source>no such component in the design; the position is ignored</source>
            <translation>diese Komponente gibt es im Entwurf nicht; die Position wird ignoriert</translation>
        </message>
        <message>
            <source>kind "%1" of plugin "%2" is already registered</source>
            <translation>Typ „%1“ von Plugin „%2“ ist bereits registriert</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>eine Zeichenkette</translation>
        </message>
        <message>
            <source>a component id</source>
            <translation>eine Komponenten-ID</translation>
        </message>
        <message>
            <source>an Availability Zone code</source>
            <translation>ein Availability-Zone-Code</translation>
        </message>
        <message>
            <source>a list of region codes</source>
            <translation>eine Liste von Regionscodes</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>%1 is out of range; expected between %2 and %3%4</source>
            <extracomment>%1 the value, %2 and %3 the bounds; %4 empty or a space and the unit (" GiB")</extracomment>
            <translation>%1 liegt außerhalb des gültigen Bereichs; erwartet: zwischen %2 und %3%4</translation>
        </message>
        <message>
            <source>%1 is out of range; expected at least %2%3</source>
            <extracomment>%1 the value, %2 the bound; %3 empty or a space and the unit (" GiB")</extracomment>
            <translation>%1 liegt außerhalb des gültigen Bereichs; erwartet: mindestens %2%3</translation>
        </message>
        <message>
            <source>%1 is out of range; expected at most %2%3</source>
            <extracomment>%1 the value, %2 the bound; %3 empty or a space and the unit (" GiB")</extracomment>
            <translation>%1 liegt außerhalb des gültigen Bereichs; erwartet: höchstens %2%3</translation>
        </message>
        <message>
            <source>refers to "%1", which is not a component of this design; expected the id of a component</source>
            <translation>verweist auf „%1“, keine Komponente dieses Entwurfs; erwartet: die ID einer Komponente</translation>
        </message>
        <message>
            <source>refers to "%1", which is not a component of this design; expected the id of an "%2" component</source>
            <extracomment>%2 is a kind id such as "rds"</extracomment>
            <translation>verweist auf „%1“, keine Komponente dieses Entwurfs; erwartet: die ID einer Komponente vom Typ „%2“</translation>
        </message>
        <message>
            <source>refers to "%1", which is a "%2"; expected an "%3" component</source>
            <translation>verweist auf „%1“, eine Komponente vom Typ „%2“; erwartet: eine Komponente vom Typ „%3“</translation>
        </message>
        <message>
            <source>unknown zone "%1"; expected a zone of region %2</source>
            <translation>unbekannte Zone „%1“; erwartet: eine Zone von Region %2</translation>
        </message>
        <message>
            <source>expected a region code, got %1</source>
            <translation>erwartet: ein Regionscode, erhalten: %1</translation>
        </message>
        <message>
            <source>a boolean</source>
            <translation>ein Wahrheitswert</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>ein Array</translation>
        </message>
        <message>
            <source>a value of type %1</source>
            <translation>ein Wert vom Typ %1</translation>
        </message>
        <message>
            <source>expected %1, got null</source>
            <translation>erwartet: %1, erhalten: null</translation>
        </message>
        <message>
            <source>expected %1, got %2</source>
            <extracomment>%1 and %2 are noun phrases such as "a number (GiB)" and "a string"</extracomment>
            <translation>erwartet: %1, erhalten: %2</translation>
        </message>
        <message>
            <source>expected a whole number, got %1</source>
            <translation>erwartet: eine ganze Zahl, erhalten: %1</translation>
        </message>
        <message>
            <source>"%1" is not valid here; %2</source>
            <translation>„%1“ ist hier nicht gültig; %2</translation>
        </message>
        <message>
            <source>unknown value "%1"; expected one of: %2</source>
            <translation>unbekannter Wert „%1“; zulässig sind: %2</translation>
        </message>
        <message>
            <source>missing; expected %1</source>
            <translation>fehlt; erwartet: %1</translation>
        </message>
        <message>
            <source>unknown key</source>
            <translation>unbekannter Schlüssel</translation>
        </message>
    </context>
    <context>
        <name>PluginManager</name>
        <message>
            <source>not a Qt plugin</source>
            <translation>kein Qt-Plugin</translation>
        </message>
        <message>
            <source>built for version %1 of the kind plugin interface; this ArchStudio loads version %2: rebuild the plugin against this version</source>
            <translation>für Version %1 der Typ-Plugin-Schnittstelle erstellt; diese ArchStudio-Version lädt Version %2: Erstellen Sie das Plugin für diese Version neu</translation>
        </message>
        <message>
            <source>not an ArchStudio kind plugin (its interface is "%1")</source>
            <translation>kein ArchStudio-Typ-Plugin (seine Schnittstelle ist „%1“)</translation>
        </message>
        <message>
            <source>plugin "%1" is already loaded from the executable</source>
            <translation>Plugin „%1“ ist bereits aus der ausführbaren Datei geladen</translation>
        </message>
        <message>
            <source>plugin "%1" is already loaded from %2</source>
            <translation>Plugin „%1“ ist bereits aus %2 geladen</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Untitled design</source>
            <translation>Unbenannter Entwurf</translation>
        </message>
        <message>
            <source>saturated</source>
            <translation>überlastet</translation>
        </message>
        <message>
            <source>Load (x today's)</source>
            <translation>Last (x der heutigen)</translation>
        </message>
        <message>
            <source>Data transfer</source>
            <translation>Datenübertragung</translation>
        </message>
        <message>
            <source>Double-click to edit the text; drag the corner to resize; right-click for its colour</source>
            <translation>Doppelklicken Sie, um den Text zu bearbeiten; ziehen Sie an der Ecke, um die Größe zu ändern; klicken Sie mit der rechten Maustaste, um die Farbe zu wählen</translation>
        </message>
        <message>
            <source>The clipboard holds no ArchStudio components.</source>
            <translation>Die Zwischenablage enthält keine ArchStudio-Komponenten.</translation>
        </message>
        <message>
            <source>The clipboard's design cannot be read: %1</source>
            <translation>Der Entwurf in der Zwischenablage kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>cannot start printing on %1</source>
            <translation>Drucken auf %1 kann nicht gestartet werden</translation>
        </message>
        <message>
            <source>Print failed</source>
            <translation>Drucken fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1 lost, +%2 s</source>
            <translation>%1 ausgefallen, +%2 s</translation>
        </message>
        <message numerus="yes">
            <source>%n hidden</source>
            <translation>
                <numerusform>%n ausgeblendet</numerusform>
                <numerusform>%n ausgeblendet</numerusform>
            </translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(keine Beschriftung)</translation>
        </message>
    </context>
    <context>
        <name>Render</name>
        <message>
            <source>%1 r/s · %2 w/s</source>
            <extracomment>a workload's rates on its card: reads and writes per second</extracomment>
            <translation>%1 L/s · %2 S/s</translation>
        </message>
        <message>
            <source>no dependencies</source>
            <translation>keine Abhängigkeiten</translation>
        </message>
        <message>
            <source>no data path</source>
            <translation>kein Datenpfad</translation>
        </message>
        <message>
            <source>p99 %1 · %2</source>
            <extracomment>a workload's badge: its p99 latency and modelled availability</extracomment>
            <translation>p99 %1 · %2</translation>
        </message>
        <message>
            <source>RTO %1</source>
            <translation>RTO %1</translation>
        </message>
        <message>
            <source>RPO %1</source>
            <translation>RPO %1</translation>
        </message>
        <message>
            <source>unknown kind: %1</source>
            <translation>unbekannter Typ: %1</translation>
        </message>
        <message>
            <source>%1 a month</source>
            <translation>%1 pro Monat</translation>
        </message>
        <message>
            <source>catalog %1 %2</source>
            <translation>Katalog %1 %2</translation>
        </message>
        <message>
            <source>Untitled design</source>
            <translation>Unbenannter Entwurf</translation>
        </message>
        <message>
            <source>≥ %1, 1 component unpriced</source>
            <translation>≥ %1, 1 Komponente ohne Preis</translation>
        </message>
        <message>
            <source>≥ %1, %2 components unpriced</source>
            <translation>≥ %1, %2 Komponenten ohne Preis</translation>
        </message>
        <message>
            <source>n/a</source>
            <comment>no figure</comment>
            <translation>k. A.</translation>
        </message>
        <message>
            <source>never</source>
            <comment>a duration that never ends</comment>
            <translation>nie</translation>
        </message>
        <message>
            <source>saturated</source>
            <comment>a latency past the capacity</comment>
            <translation>überlastet</translation>
        </message>
        <message>
            <source>%1/mo</source>
            <comment>an amount of money a month</comment>
            <translation>%1/Monat</translation>
        </message>
        <message>
            <source>not enough memory for a %1 x %2 pixel image</source>
            <translation>nicht genug Speicher für ein Bild mit %1 × %2 Pixeln</translation>
        </message>
        <message>
            <source>cannot write the PNG: %1</source>
            <translation>PNG kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>cannot start the SVG drawing</source>
            <translation>SVG-Zeichnung kann nicht begonnen werden</translation>
        </message>
        <message>
            <source>cannot start the PDF</source>
            <translation>PDF kann nicht begonnen werden</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG-Bild</translation>
        </message>
        <message>
            <source>SVG drawing</source>
            <translation>SVG-Zeichnung</translation>
        </message>
        <message>
            <source>PDF diagram</source>
            <translation>PDF-Diagramm</translation>
        </message>
        <message>
            <source>reads</source>
            <extracomment>the Operation column of the workload table</extracomment>
            <translation>Lesen</translation>
        </message>
        <message>
            <source>writes</source>
            <extracomment>the Operation column of the workload table</extracomment>
            <translation>Schreiben</translation>
        </message>
        <message>
            <source>reads + writes</source>
            <translation>Lesen + Schreiben</translation>
        </message>
        <message>
            <source>%1 · regional replica</source>
            <translation>%1 · regionales Replikat</translation>
        </message>
        <message>
            <source>%1 · cross-region%2</source>
            <extracomment>link label: %1 is the traffic (reads, writes...), %2 the round-trip time with a leading space, or empty</extracomment>
            <translation>%1 · regionsübergreifend%2</translation>
        </message>
        <message>
            <source>%1 · regional</source>
            <translation>%1 · regional</translation>
        </message>
        <message>
            <source>%1 · same AZ%2</source>
            <extracomment>link label: %1 is the traffic (reads, writes...), %2 the round-trip time with a leading space, or empty</extracomment>
            <translation>%1 · gleiche AZ%2</translation>
        </message>
        <message>
            <source>%1 · %2cross-AZ%3</source>
            <extracomment>link label: %1 is the traffic, %2 the share of zones that cross ("50% ") or empty, %3 the round-trip time with a leading space, or empty</extracomment>
            <translation>%1 · %2AZ-übergreifend%3</translation>
        </message>
        <message>
            <source>cross-region replication</source>
            <translation>regionsübergreifende Replikation</translation>
        </message>
        <message>
            <source>Generated by ArchStudio on %1.</source>
            <translation>Erstellt von ArchStudio am %1.</translation>
        </message>
        <message>
            <source>cannot write: %1</source>
            <translation>kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>Summary (Markdown)</source>
            <translation>Zusammenfassung (Markdown)</translation>
        </message>
        <message>
            <source>other</source>
            <extracomment>a chart bar that sums the smallest items</extracomment>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>Monthly cost</source>
            <translation>Monatliche Kosten</translation>
        </message>
        <message>
            <source>Availability (modelled, in nines)</source>
            <translation>Verfügbarkeit (modelliert, in Neunen)</translation>
        </message>
        <message>
            <source>Monthly cost by kind of component</source>
            <translation>Monatliche Kosten nach Komponententyp</translation>
        </message>
        <message>
            <source>Monthly cost by region</source>
            <translation>Monatliche Kosten nach Region</translation>
        </message>
        <message>
            <source>Availability against cost, by variant</source>
            <translation>Verfügbarkeit gegenüber Kosten, nach Variante</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>One component in %1.</source>
            <translation>Eine Komponente in %1.</translation>
        </message>
        <message>
            <source>%1 components in %2.</source>
            <translation>%1 Komponenten in %2.</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Availability, SLA floor</source>
            <translation>Verfügbarkeit, SLA-Untergrenze</translation>
        </message>
        <message>
            <source>%1 (%2 down a month)</source>
            <translation>%1 (%2 Ausfallzeit pro Monat)</translation>
        </message>
        <message>
            <source>Availability, modelled</source>
            <translation>Verfügbarkeit, modelliert</translation>
        </message>
        <message>
            <source>Worst recovery time (RTO)</source>
            <translation>Längste Wiederherstellungszeit (RTO)</translation>
        </message>
        <message>
            <source>Worst data-loss window (RPO)</source>
            <translation>Größtes Datenverlustfenster (RPO)</translation>
        </message>
        <message>
            <source>Design-review findings</source>
            <translation>Befunde der Entwurfsprüfung</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Estimated monthly cost in US dollars, from the %1 catalog of %2, at %3 times the designed load.</source>
            <translation>Geschätzte monatliche Kosten in US-Dollar, nach dem Katalog %1 vom %2, beim %3-Fachen der geplanten Last.</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Komponente</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Utilisation</source>
            <translation>Auslastung</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Monatlich</translation>
        </message>
        <message>
            <source>The %1 most expensive of %2 components are listed.</source>
            <translation>Aufgeführt sind die %1 teuersten von %2 Komponenten.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>By component</source>
            <translation>Nach Komponente</translation>
        </message>
        <message>
            <source>Line item</source>
            <translation>Kostenposten</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Stückpreis</translation>
        </message>
        <message>
            <source>%1 (estimate)</source>
            <translation>%1 (Schätzung)</translation>
        </message>
        <message>
            <source>The first %1 of %2 line items are listed; the CSV export lists every one.</source>
            <translation>Aufgeführt sind die ersten %1 von %2 Kostenposten; der CSV-Export enthält alle.</translation>
        </message>
        <message>
            <source>Line items</source>
            <translation>Kostenposten</translation>
        </message>
        <message>
            <source>Workloads: latency and availability</source>
            <translation>Workloads: Latenz und Verfügbarkeit</translation>
        </message>
        <message>
            <source>Latency at average load, with p99 at peak load in brackets. Availability is the SLA floor composed from published SLAs, and the modelled expectation from failure and recovery rates.</source>
            <translation>Latenz bei durchschnittlicher Last, in Klammern p99 bei Spitzenlast. Die Verfügbarkeit ist die aus veröffentlichten SLAs zusammengesetzte SLA-Untergrenze sowie der modellierte Erwartungswert aus Ausfall- und Wiederherstellungsraten.</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>Workload</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Operation</translation>
        </message>
        <message>
            <source>Per second</source>
            <translation>Pro Sekunde</translation>
        </message>
        <message>
            <source>p50</source>
            <translation>p50</translation>
        </message>
        <message>
            <source>p99 (peak)</source>
            <translation>p99 (Spitze)</translation>
        </message>
        <message>
            <source>SLA floor</source>
            <translation>SLA-Untergrenze</translation>
        </message>
        <message>
            <source>Modelled</source>
            <translation>Modelliert</translation>
        </message>
        <message>
            <source>Downtime a month</source>
            <translation>Ausfallzeit pro Monat</translation>
        </message>
        <message>
            <source>The design has no workload, so no latency or availability is computed.</source>
            <translation>Der Entwurf hat keinen Workload, daher werden weder Latenz noch Verfügbarkeit berechnet.</translation>
        </message>
        <message>
            <source>Design review</source>
            <translation>Entwurfsprüfung</translation>
        </message>
        <message>
            <source>The design review found nothing to fix.</source>
            <translation>Die Entwurfsprüfung hat keine Mängel gefunden.</translation>
        </message>
        <message>
            <source>Each finding names a weak spot, its fix, and what the fix changes: the monthly bill and the modelled availability of the workload it affects most.</source>
            <translation>Jeder Befund nennt eine Schwachstelle, ihre Abhilfe und was die Abhilfe ändert: die monatliche Rechnung und die modellierte Verfügbarkeit des Workloads, den sie am stärksten betrifft.</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Befund</translation>
        </message>
        <message>
            <source>Fix</source>
            <translation>Abhilfe</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Verfügbarkeit</translation>
        </message>
        <message>
            <source>The first %1 of %2 findings are listed.</source>
            <translation>Aufgeführt sind die ersten %1 von %2 Befunden.</translation>
        </message>
        <message>
            <source>Availability against cost</source>
            <translation>Verfügbarkeit gegenüber Kosten</translation>
        </message>
        <message>
            <source>Each point is a variant of the design: its monthly cost and the modelled availability of its worst workload.</source>
            <translation>Jeder Punkt ist eine Variante des Entwurfs: ihre monatlichen Kosten und die modellierte Verfügbarkeit ihres schlechtesten Workloads.</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variante</translation>
        </message>
        <message>
            <source>Availability (modelled)</source>
            <translation>Verfügbarkeit (modelliert)</translation>
        </message>
        <message>
            <source>Assumptions and sources</source>
            <translation>Annahmen und Quellen</translation>
        </message>
        <message>
            <source>Prices and figures come from the catalog "%1" (%2) dated %3, in %4. The load is %5 times the rates the workloads declare.</source>
            <translation>Preise und Kennzahlen stammen aus dem Katalog „%1“ (%2) vom %3, in %4. Die Last beträgt das %5-Fache der von den Workloads angegebenen Raten.</translation>
        </message>
        <message>
            <source>A month is 730 hours. Latency and availability are models of the design, not measurements; the SLA floor is what the providers' published SLAs guarantee together.</source>
            <translation>Ein Monat hat 730 Stunden. Latenz und Verfügbarkeit sind Modelle des Entwurfs, keine Messungen; die SLA-Untergrenze ist das, was die veröffentlichten SLAs der Anbieter zusammen garantieren.</translation>
        </message>
        <message>
            <source>Catalog figure</source>
            <translation>Katalogkennzahl</translation>
        </message>
        <message>
            <source>Design's value</source>
            <translation>Wert des Entwurfs</translation>
        </message>
        <message>
            <source>Figures the design overrides</source>
            <translation>Vom Entwurf überschriebene Kennzahlen</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Read on</source>
            <extracomment>table column: the date the source was read</extracomment>
            <translation>Gelesen am</translation>
        </message>
        <message>
            <source>Sources of the prices</source>
            <translation>Quellen der Preise</translation>
        </message>
        <message>
            <source>Availability (SLA floor)</source>
            <translation>Verfügbarkeit (SLA-Untergrenze)</translation>
        </message>
        <message>
            <source>Worst RTO / RPO</source>
            <translation>Längste RTO / größtes RPO</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>Platzierung</translation>
        </message>
        <message>
            <source>RTO</source>
            <translation>RTO</translation>
        </message>
        <message>
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <source>Single point</source>
            <translation>Single Point</translation>
        </message>
        <message>
            <source>yes</source>
            <extracomment>the "Single point" column: the component is a single point of failure</extracomment>
            <translation>ja</translation>
        </message>
        <message>
            <source>Recovery of each component</source>
            <translation>Wiederherstellung der einzelnen Komponenten</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>Reads fail for</source>
            <translation>Lesezugriffe fallen aus für</translation>
        </message>
        <message>
            <source>Writes fail for</source>
            <translation>Schreibzugriffe fallen aus für</translation>
        </message>
        <message>
            <source>Data at risk</source>
            <translation>Gefährdete Daten</translation>
        </message>
        <message>
            <source>What takes over</source>
            <translation>Was übernimmt</translation>
        </message>
        <message>
            <source>Loss of AZ %1</source>
            <translation>Ausfall der AZ %1</translation>
        </message>
        <message>
            <source>Loss of region %1</source>
            <translation>Ausfall der Region %1</translation>
        </message>
        <message>
            <source>lost with the region</source>
            <translation>mit der Region verloren</translation>
        </message>
        <message>
            <source>every workload carries on</source>
            <translation>alle Workloads laufen weiter</translation>
        </message>
        <message>
            <source>Failure scenarios</source>
            <translation>Ausfallszenarien</translation>
        </message>
        <message>
            <source>Each Availability Zone and each region is lost in turn and the failure simulator follows the design through detection, failover, DNS and recovery (ENGINE.md): how long each workload's reads and writes fail, how much recent data may be lost, and what takes over. Workloads a loss does not touch are left out.</source>
            <translation>Jede Availability Zone und jede Region fällt nacheinander aus, und der Ausfallsimulator verfolgt den Entwurf durch Erkennung, Failover, DNS und Wiederherstellung (ENGINE.md): wie lange die Lese- und Schreibzugriffe jedes Workloads ausfallen, wie viele aktuelle Daten verloren gehen können und was übernimmt. Workloads, die ein Ausfall nicht betrifft, werden nicht aufgeführt.</translation>
        </message>
        <message>
            <source>Zone and region loss, simulated</source>
            <translation>Ausfall von Zonen und Regionen, simuliert</translation>
        </message>
        <message>
            <source>What the loss of one Availability Zone or one whole region takes down, and how long recovery takes (RTO) and how much recent data can be lost (RPO), as the worst of the components it hits. Workloads are listed with their modelled availability in normal operation. (The design is too large to simulate every scenario for the report; archstudio simulate does one at a time.)</source>
            <translation>Was der Ausfall einer Availability Zone oder einer ganzen Region lahmlegt, wie lange die Wiederherstellung dauert (RTO) und wie viele aktuelle Daten verloren gehen können (RPO), jeweils als ungünstigster Wert der betroffenen Komponenten. Workloads werden mit ihrer modellierten Verfügbarkeit im Normalbetrieb aufgeführt. (Der Entwurf ist zu groß, um für den Bericht jedes Szenario zu simulieren; archstudio simulate simuliert jeweils eines.)</translation>
        </message>
        <message>
            <source>Components hit</source>
            <translation>Betroffene Komponenten</translation>
        </message>
        <message>
            <source>Workloads affected</source>
            <translation>Betroffene Workloads</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>und %1 weitere</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>The design has no components placed in a zone or region.</source>
            <translation>Der Entwurf hat keine Komponenten, die in einer Zone oder Region platziert sind.</translation>
        </message>
        <message>
            <source>Zone and region loss</source>
            <translation>Ausfall von Zonen und Regionen</translation>
        </message>
        <message>
            <source>Design report</source>
            <translation>Entwurfsbericht</translation>
        </message>
        <message>
            <source>Diagram</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>Prepared with ArchStudio on %1. Figures are estimates from the catalog named above.</source>
            <translation>Erstellt mit ArchStudio am %1. Die Kennzahlen sind Schätzungen auf Basis des oben genannten Katalogs.</translation>
        </message>
        <message>
            <source>Report (HTML)</source>
            <translation>Bericht (HTML)</translation>
        </message>
        <message>
            <source>ArchStudio design report</source>
            <translation>ArchStudio-Entwurfsbericht</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>DESIGN REPORT</source>
            <extracomment>kicker above the title on the title page, in capitals</extracomment>
            <translation>ENTWURFSBERICHT</translation>
        </message>
        <message>
            <source>%1
Catalog %2, prices of %3
Prepared with ArchStudio</source>
            <translation>%1
Katalog %2, Preise vom %3
Erstellt mit ArchStudio</translation>
        </message>
        <message>
            <source>%1: design report</source>
            <translation>%1: Entwurfsbericht</translation>
        </message>
        <message>
            <source>Report (PDF)</source>
            <translation>Bericht (PDF)</translation>
        </message>
        <message>
            <source>Read p99 (peak)</source>
            <translation>p99 Lesen (Spitze)</translation>
        </message>
        <message>
            <source>Write p99 (peak)</source>
            <translation>p99 Schreiben (Spitze)</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>keine Änderung</translation>
        </message>
        <message>
            <source>%1 (%2%)</source>
            <comment>a change of cost and its share</comment>
            <translation>%1 (%2%)</translation>
        </message>
        <message>
            <source>(none)</source>
            <comment>a property without a value</comment>
            <translation>(kein Wert)</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <extracomment>a changed property: NAME: BEFORE → AFTER</extracomment>
            <translation>%1: %2 → %3</translation>
        </message>
    </context>
    <context>
        <name>SelfManaged</name>
        <message>
            <source>1 instance</source>
            <translation>1 Instanz</translation>
        </message>
        <message numerus="yes">
            <source>%n instances</source>
            <translation>
                <numerusform>%n Instanz</numerusform>
                <numerusform>%n Instanzen</numerusform>
            </translation>
        </message>
        <message>
            <source>1 volume</source>
            <translation>1 Volume</translation>
        </message>
        <message numerus="yes">
            <source>%n volumes</source>
            <translation>
                <numerusform>%n Volume</numerusform>
                <numerusform>%n Volumes</numerusform>
            </translation>
        </message>
        <message>
            <source>1 replica</source>
            <translation>1 Replikat</translation>
        </message>
        <message numerus="yes">
            <source>%n replicas</source>
            <translation>
                <numerusform>%n Replikat</numerusform>
                <numerusform>%n Replikate</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 instance-hours (%2)</source>
            <comment>%2: a number of instances</comment>
            <translation>%1 Instanzstunden (%2)</translation>
        </message>
        <message>
            <source>%1 volume storage (%2)</source>
            <comment>%2: a number of volumes</comment>
            <translation>%1 Volume-Speicher (%2)</translation>
        </message>
        <message>
            <source>gp3 IOPS above the %1 included (%2)</source>
            <translation>gp3-IOPS über die enthaltenen %1 hinaus (%2)</translation>
        </message>
        <message>
            <source>io2 provisioned IOPS up to %1 (%2)</source>
            <translation>Bereitgestellte io2-IOPS bis %1 (%2)</translation>
        </message>
        <message>
            <source>io2 provisioned IOPS %1 to %2 (%3)</source>
            <translation>Bereitgestellte io2-IOPS %1 bis %2 (%3)</translation>
        </message>
        <message>
            <source>io2 provisioned IOPS above %1 (%2)</source>
            <translation>Bereitgestellte io2-IOPS über %1 (%2)</translation>
        </message>
        <message>
            <source>Cross-AZ replication to %1 (in and out)</source>
            <comment>%1: a number of replicas</comment>
            <translation>AZ-übergreifende Replikation zu %1 (ein- und ausgehend)</translation>
        </message>
        <message>
            <source>instance type</source>
            <translation>Instanztyp</translation>
        </message>
        <message>
            <source>%1 has replicas but nothing promotes one: losing the primary means rebuilding it</source>
            <translation>%1 hat Replikate, aber nichts stuft eines hoch: Fällt die primäre Instanz aus, muss sie neu aufgebaut werden</translation>
        </message>
        <message>
            <source>Run failover tooling that promotes a replica automatically</source>
            <translation>Failover-Werkzeug einsetzen, das ein Replikat automatisch hochstuft</translation>
        </message>
        <message>
            <source>%1 runs on burstable %2: its CPU credits can run out under sustained load</source>
            <translation>%1 läuft auf dem Burstable-Typ %2: Die CPU-Guthaben können bei anhaltender Last aufgebraucht werden</translation>
        </message>
        <message>
            <source>Use %1</source>
            <translation>%1 verwenden</translation>
        </message>
        <message>
            <source>EBS snapshots of the primary's volume (one full copy)</source>
            <translation>EBS-Snapshots des Volumes der primären Instanz (eine vollständige Kopie)</translation>
        </message>
        <message>
            <source>Self-managed databases on EC2</source>
            <translation>Selbstverwaltete Datenbanken auf EC2</translation>
        </message>
    </context>
    <context>
        <name>TemplatePreview</name>
        <message>
            <source>%1 a month  ·  availability %2  ·  worst failover %3  ·  data loss up to %4</source>
            <translation>%1 pro Monat  ·  Verfügbarkeit %2  ·  längster Failover %3  ·  Datenverlust bis zu %4</translation>
        </message>
    </context>
    <context>
        <name>WorkloadTable</name>
        <message>
            <source>p50 average</source>
            <translation>p50 Durchschnitt</translation>
        </message>
        <message>
            <source>Median latency at average load</source>
            <translation>Median-Latenz bei durchschnittlicher Last</translation>
        </message>
        <message>
            <source>p99 average</source>
            <translation>p99 Durchschnitt</translation>
        </message>
        <message>
            <source>99th percentile latency at average load</source>
            <translation>Latenz im 99. Perzentil bei durchschnittlicher Last</translation>
        </message>
        <message>
            <source>p50 peak</source>
            <translation>p50 Spitze</translation>
        </message>
        <message>
            <source>Median latency at peak load</source>
            <translation>Median-Latenz bei Spitzenlast</translation>
        </message>
        <message>
            <source>p99 peak</source>
            <translation>p99 Spitze</translation>
        </message>
        <message>
            <source>99th percentile latency at peak load</source>
            <translation>Latenz im 99. Perzentil bei Spitzenlast</translation>
        </message>
        <message>
            <source>SLA floor</source>
            <translation>SLA-Untergrenze</translation>
        </message>
        <message>
            <source>Availability composed from published SLAs</source>
            <translation>Aus veröffentlichten SLAs zusammengesetzte Verfügbarkeit</translation>
        </message>
        <message>
            <source>Down/month (SLA)</source>
            <translation>Ausfallzeit/Monat (SLA)</translation>
        </message>
        <message>
            <source>Downtime in an average month the SLA floor allows</source>
            <translation>Ausfallzeit in einem durchschnittlichen Monat, die die SLA-Untergrenze zulässt</translation>
        </message>
        <message>
            <source>Modelled</source>
            <translation>Modelliert</translation>
        </message>
        <message>
            <source>Expected availability from failure and recovery rates</source>
            <translation>Erwartete Verfügbarkeit aus Ausfall- und Wiederherstellungsraten</translation>
        </message>
        <message>
            <source>Down/month</source>
            <translation>Ausfallzeit/Monat</translation>
        </message>
        <message>
            <source>Expected downtime in an average month</source>
            <translation>Erwartete Ausfallzeit in einem durchschnittlichen Monat</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>Workload</translation>
        </message>
        <message>
            <source>Reads</source>
            <translation>Lesezugriffe</translation>
        </message>
        <message>
            <source>Writes</source>
            <translation>Schreibzugriffe</translation>
        </message>
        <message>
            <source>%1 — no dependencies</source>
            <translation>%1 — keine Abhängigkeiten</translation>
        </message>
        <message>
            <source>Linked to nothing: this workload has no dependencies, so no availability or latency</source>
            <translation>Mit nichts verbunden: Dieser Workload hat keine Abhängigkeiten und daher weder Verfügbarkeit noch Latenz</translation>
        </message>
        <message>
            <source>This workload sends no such requests</source>
            <translation>Dieser Workload sendet keine solchen Anfragen</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::BoolEditor</name>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::CostChart</name>
        <message>
            <source>Other (%1)</source>
            <translation>Sonstige (%1)</translation>
        </message>
        <message>
            <source>Monthly cost</source>
            <translation>Monatliche Kosten</translation>
        </message>
        <message>
            <source>Monthly cost by component</source>
            <translation>Monatliche Kosten nach Komponente</translation>
        </message>
        <message>
            <source>%1: %2 a month</source>
            <translation>%1: %2 pro Monat</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::DesignChangesView</name>
        <message>
            <source>No figure changed</source>
            <translation>Keine Kennzahl geändert</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Komponenten</translation>
        </message>
        <message>
            <source>Added: %1 (%2)</source>
            <translation>Hinzugefügt: %1 (%2)</translation>
        </message>
        <message>
            <source>Removed: %1 (%2)</source>
            <translation>Entfernt: %1 (%2)</translation>
        </message>
        <message>
            <source>Changed: %1 (%2)</source>
            <translation>Geändert: %1 (%2)</translation>
        </message>
        <message>
            <source>Link added: %1 → %2</source>
            <translation>Verbindung hinzugefügt: %1 → %2</translation>
        </message>
        <message>
            <source>Link removed: %1 → %2</source>
            <translation>Verbindung entfernt: %1 → %2</translation>
        </message>
        <message>
            <source>No component or link changed</source>
            <translation>Keine Komponente oder Verbindung geändert</translation>
        </message>
        <message>
            <source>Workloads</source>
            <translation>Workloads</translation>
        </message>
        <message>
            <source>Figures of components</source>
            <translation>Kennzahlen der Komponenten</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::DiagramScene</name>
        <message>
            <source>Fail %1</source>
            <translation>%1 ausfallen lassen</translation>
        </message>
        <message>
            <source>Lose Availability Zone %1</source>
            <translation>Availability Zone %1 verlieren</translation>
        </message>
        <message>
            <source>Lose Region %1</source>
            <translation>Region %1 verlieren</translation>
        </message>
        <message>
            <source>Drop the link on another component to connect them.</source>
            <translation>Legen Sie die Verbindung auf einer anderen Komponente ab, um beide zu verbinden.</translation>
        </message>
        <message>
            <source>Move note</source>
            <translation>Notiz verschieben</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>%1 verschieben</translation>
        </message>
        <message>
            <source>Move %1 components</source>
            <translation>%1 Komponenten verschieben</translation>
        </message>
        <message>
            <source>Resize region %1</source>
            <translation>Größe von Region %1 ändern</translation>
        </message>
        <message>
            <source>Move region %1</source>
            <translation>Region %1 verschieben</translation>
        </message>
        <message>
            <source>Resize zone %1</source>
            <translation>Größe von Zone %1 ändern</translation>
        </message>
        <message>
            <source>Move zone %1</source>
            <translation>Zone %1 verschieben</translation>
        </message>
        <message>
            <source>A link joins two different components.</source>
            <translation>Eine Verbindung verbindet zwei verschiedene Komponenten.</translation>
        </message>
        <message>
            <source>Links carry a workload's traffic: start the link from a workload.</source>
            <translation>Verbindungen übertragen den Datenverkehr eines Workloads: Beginnen Sie die Verbindung bei einem Workload.</translation>
        </message>
        <message>
            <source>%1 is already linked to %2.</source>
            <translation>%1 ist bereits mit %2 verbunden.</translation>
        </message>
        <message>
            <source>Link %1 to %2</source>
            <translation>%1 mit %2 verbinden</translation>
        </message>
        <message>
            <source>Delete %1 items</source>
            <translation>%1 Elemente löschen</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>%1 löschen</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Notiz löschen</translation>
        </message>
        <message>
            <source>Arrange automatically</source>
            <translation>Automatisch anordnen</translation>
        </message>
        <message>
            <source>Unknown palette entry "%1".</source>
            <translation>Unbekannter Paletteneintrag „%1“.</translation>
        </message>
        <message>
            <source>No plugin provides the kind "%1".</source>
            <translation>Kein Plugin stellt den Typ „%1“ bereit.</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>%1 hinzufügen</translation>
        </message>
        <message>
            <source>Regions do not nest: drop the region on empty canvas.</source>
            <translation>Regionen lassen sich nicht verschachteln: Legen Sie die Region auf einer freien Stelle der Zeichenfläche ab.</translation>
        </message>
        <message>
            <source>Every region of the catalog is already in the design.</source>
            <translation>Alle Regionen des Katalogs sind bereits im Entwurf enthalten.</translation>
        </message>
        <message>
            <source>Add region %1</source>
            <translation>Region %1 hinzufügen</translation>
        </message>
        <message>
            <source>Drop an Availability Zone inside a region, outside its other zones.</source>
            <translation>Legen Sie eine Availability Zone innerhalb einer Region ab, außerhalb ihrer anderen Zonen.</translation>
        </message>
        <message>
            <source>Region %1 has no zone codes left.</source>
            <translation>Für Region %1 sind keine Zonencodes mehr frei.</translation>
        </message>
        <message>
            <source>Add zone %1</source>
            <translation>Zone %1 hinzufügen</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Blau</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Grün</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Rosa</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>Grau</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Gelb</translation>
        </message>
        <message>
            <source>Edit Text</source>
            <translation>Text bearbeiten</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Colour note</source>
            <translation>Notiz einfärben</translation>
        </message>
        <message>
            <source>Remove Arrow</source>
            <translation>Pfeil entfernen</translation>
        </message>
        <message>
            <source>Remove arrow</source>
            <translation>Pfeil entfernen</translation>
        </message>
        <message>
            <source>Delete Note</source>
            <translation>Notiz löschen</translation>
        </message>
        <message>
            <source>Add Note Here</source>
            <translation>Notiz hier hinzufügen</translation>
        </message>
        <message>
            <source>region %1</source>
            <translation>Region %1</translation>
        </message>
        <message>
            <source>zone %1</source>
            <translation>Zone %1</translation>
        </message>
        <message>
            <source>Add Callout to %1</source>
            <translation>Anmerkung zu %1 hinzufügen</translation>
        </message>
        <message>
            <source>Simulate Failure</source>
            <translation>Ausfall simulieren</translation>
        </message>
        <message>
            <source>Resize note</source>
            <translation>Notizgröße ändern</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Notiz bearbeiten</translation>
        </message>
        <message>
            <source>What to notice here</source>
            <translation>Worauf hier zu achten ist</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Add callout</source>
            <translation>Anmerkung hinzufügen</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::ExercisePanel</name>
        <message>
            <source>saturated</source>
            <translation>überlastet</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Show a Hint</source>
            <translation>Hinweis anzeigen</translation>
        </message>
        <message>
            <source>Reveal Model Answer…</source>
            <translation>Musterlösung aufdecken…</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>Every goal is met.</source>
            <translation>Alle Ziele sind erreicht.</translation>
        </message>
        <message>
            <source>%1 of %2 goals met</source>
            <translation>%1 von %2 Zielen erreicht</translation>
        </message>
        <message>
            <source>Hint %1: %2</source>
            <translation>Hinweis %1: %2</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Transparent background</source>
            <translation>Transparenter Hintergrund</translation>
        </message>
        <message>
            <source>Figures on components and links</source>
            <translation>Kennzahlen an Komponenten und Verbindungen</translation>
        </message>
        <message numerus="yes">
            <source>Selected components only (%n)</source>
            <translation>
                <numerusform>Nur ausgewählte Komponente (%n)</numerusform>
                <numerusform>Nur ausgewählte Komponenten (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Querformat</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Hochformat</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Scale (PNG):</source>
            <translation>Skalierung (PNG):</translation>
        </message>
        <message>
            <source>Page size (PDF):</source>
            <translation>Seitengröße (PDF):</translation>
        </message>
        <message>
            <source>Orientation (PDF):</source>
            <translation>Ausrichtung (PDF):</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>No preview for designs of more than %1 components.</source>
            <translation>Keine Vorschau für Entwürfe mit mehr als %1 Komponenten.</translation>
        </message>
        <message>
            <source>design</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>%1 wird exportiert…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::FailurePlayback</name>
        <message>
            <source>Previous interval</source>
            <translation>Vorheriges Intervall</translation>
        </message>
        <message>
            <source>Play (Space)</source>
            <translation>Abspielen (Leertaste)</translation>
        </message>
        <message>
            <source>Next interval</source>
            <translation>Nächstes Intervall</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Predict first</source>
            <translation>Erst vorhersagen</translation>
        </message>
        <message>
            <source>Hide what happens until you reveal it: let the class predict</source>
            <translation>Verbergen, was passiert, bis Sie es aufdecken: Lassen Sie die Klasse eine Vorhersage treffen</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>Aufdecken</translation>
        </message>
        <message>
            <source>Stop the simulation</source>
            <translation>Simulation beenden</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>Workload</translation>
        </message>
        <message>
            <source>Reads served</source>
            <translation>Bediente Lesezugriffe</translation>
        </message>
        <message>
            <source>Read p99</source>
            <translation>Lesen p99</translation>
        </message>
        <message>
            <source>Writes served</source>
            <translation>Bediente Schreibzugriffe</translation>
        </message>
        <message>
            <source>Write p99</source>
            <translation>Schreiben p99</translation>
        </message>
        <message>
            <source>Data at risk</source>
            <translation>Gefährdete Daten</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pause (Leertaste)</translation>
        </message>
        <message>
            <source>before</source>
            <translation>vorher</translation>
        </message>
        <message>
            <source>Right-click a component, zone or region and choose Simulate Failure.</source>
            <translation>Klicken Sie mit der rechten Maustaste auf eine Komponente, Zone oder Region und wählen Sie „Ausfall simulieren“.</translation>
        </message>
        <message>
            <source>Cannot simulate: %1</source>
            <translation>Simulation nicht möglich: %1</translation>
        </message>
        <message>
            <source>before the failure</source>
            <translation>vor dem Ausfall</translation>
        </message>
        <message>
            <source>What happens now? Predict, then press Reveal.</source>
            <translation>Was passiert jetzt? Treffen Sie eine Vorhersage und klicken Sie dann auf „Aufdecken“.</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>verloren</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: lost with its region</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: mit der Region verloren</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: reads fail for %2, writes for %3; data at risk %4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: Lesezugriffe fallen %2 lang aus, Schreibzugriffe %3 lang; gefährdete Daten: %4</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::FileController</name>
        <message>
            <source>New design from the template %1</source>
            <translation>Neuer Entwurf aus der Vorlage %1</translation>
        </message>
        <message>
            <source>This design</source>
            <translation>Dieser Entwurf</translation>
        </message>
        <message>
            <source>%1 has changes that are not saved. Save them?</source>
            <translation>%1 enthält ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Open design</source>
            <translation>Entwurf öffnen</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>%1 wird geöffnet…</translation>
        </message>
        <message>
            <source>Could not open design</source>
            <translation>Entwurf konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>%1 geöffnet</translation>
        </message>
        <message>
            <source>Could not open lesson pack</source>
            <translation>Lektionspaket konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Could not open %1</source>
            <translation>%1 konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>%1 cannot be opened.</source>
            <translation>%1 kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>ArchStudio design (*.archstudio)</source>
            <translation>ArchStudio-Entwurf (*.archstudio)</translation>
        </message>
        <message>
            <source>Bare design.json (*.json)</source>
            <translation>Reine design.json (*.json)</translation>
        </message>
        <message>
            <source>Save design</source>
            <translation>Entwurf speichern</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>%1 konnte nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Could not save design</source>
            <translation>Entwurf konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>Discard every change since the last save?</source>
            <translation>Alle Änderungen seit dem letzten Speichern verwerfen?</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Keine zuletzt geöffneten Dateien</translation>
        </message>
        <message>
            <source>&amp;Clear List</source>
            <translation>Liste &amp;leeren</translation>
        </message>
        <message>
            <source>Autosave failed: %1</source>
            <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>nicht lesbar</translation>
        </message>
        <message>
            <source>an untitled design</source>
            <translation>ein unbenannter Entwurf</translation>
        </message>
        <message>
            <source>ArchStudio closed unexpectedly while %1 had unsaved changes (autosaved %2). Recover them?</source>
            <translation>ArchStudio wurde unerwartet beendet, während %1 ungespeicherte Änderungen enthielt (automatisch gespeichert: %2). Möchten Sie sie wiederherstellen?</translation>
        </message>
        <message>
            <source>Recover unsaved changes</source>
            <translation>Ungespeicherte Änderungen wiederherstellen</translation>
        </message>
        <message>
            <source>Could not recover %1 (%2); the copy is kept at %3</source>
            <translation>%1 konnte nicht wiederhergestellt werden (%2); die Kopie bleibt unter %3 erhalten</translation>
        </message>
        <message>
            <source>Designs and lesson packs (*.archstudio *.json *.drawio *.archlesson);;Lesson packs (*.archlesson);;draw.io and diagrams.net diagrams (*.drawio);;All files (*)</source>
            <translation>Entwürfe und Lektionspakete (*.archstudio *.json *.drawio *.archlesson);;Lektionspakete (*.archlesson);;draw.io- und diagrams.net-Diagramme (*.drawio);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Opened %1; %2 of its shapes to check: File › Import › diagrams.net Diagram… lists them</source>
            <translation>%1 geöffnet; %2 seiner Formen sind zu prüfen: Datei › Importieren › diagrams.net-Diagramm… listet sie auf</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::FindingDelegate</name>
        <message>
            <source>Fix:</source>
            <translation>Abhilfe:</translation>
        </message>
        <message>
            <source>Effect:</source>
            <translation>Auswirkung:</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::FindingModel</name>
        <message>
            <source>Fix: %1</source>
            <translation>Abhilfe: %1</translation>
        </message>
        <message>
            <source>same cost</source>
            <translation>gleiche Kosten</translation>
        </message>
        <message>
            <source>availability unchanged</source>
            <translation>Verfügbarkeit unverändert</translation>
        </message>
        <message>
            <source>%1 less downtime a month (%2)</source>
            <translation>%1 weniger Ausfallzeit pro Monat (%2)</translation>
        </message>
        <message>
            <source>%1 more downtime a month (%2)</source>
            <translation>%1 mehr Ausfallzeit pro Monat (%2)</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::ImportController</name>
        <message>
            <source>Import Terraform Plan</source>
            <translation>Terraform-Plan importieren</translation>
        </message>
        <message>
            <source>Import diagrams.net Diagram</source>
            <translation>diagrams.net-Diagramm importieren</translation>
        </message>
        <message>
            <source>Terraform plans and states, as terraform show -json writes them (*.json);;All files (*)</source>
            <translation>Terraform-Pläne und -States, wie terraform show -json sie schreibt (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>diagrams.net diagrams (*.drawio *.xml);;All files (*)</source>
            <translation>diagrams.net-Diagramme (*.drawio *.xml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>%1: larger than %2 MiB; not imported</source>
            <translation>%1: größer als %2 MiB; nicht importiert</translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>Nicht importiert: %1</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Nothing to add a workload to: the design has no database</source>
            <translation>Kein Workload hinzugefügt: Der Entwurf enthält keine Datenbank</translation>
        </message>
        <message>
            <source>Add Workload to Every Database</source>
            <translation>Workload zu jeder Datenbank hinzufügen</translation>
        </message>
        <message>
            <source>The imported design has no workload, so it has no latency or availability yet: the file does not say what traffic reaches the databases. Add a workload linked to every database? Its load is a default to edit.</source>
            <translation>Der importierte Entwurf hat keinen Workload und daher noch keine Latenz oder Verfügbarkeit: Die Datei gibt nicht an, welcher Datenverkehr die Datenbanken erreicht. Möchten Sie einen Workload hinzufügen, der mit jeder Datenbank verbunden ist? Seine Last ist ein Standardwert, den Sie anpassen können.</translation>
        </message>
        <message>
            <source>Imported %1</source>
            <translation>%1 importiert</translation>
        </message>
        <message>
            <source>From the file</source>
            <translation>Aus der Datei</translation>
        </message>
        <message>
            <source>In the design, or why not</source>
            <translation>Im Entwurf, oder warum nicht</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>To check</source>
            <translation>Zu prüfen</translation>
        </message>
        <message>
            <source>Add &amp;Workload</source>
            <translation>&amp;Workload hinzufügen</translation>
        </message>
        <message>
            <source>Components imported from %1: %2</source>
            <translation>Aus %1 importierte Komponenten: %2</translation>
        </message>
        <message>
            <source>Imported: %1 · Skipped: %2 · To check: %3</source>
            <translation>Importiert: %1 · Übersprungen: %2 · Zu prüfen: %3</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::InspectorWidget</name>
        <message>
            <source>Select a component to edit its properties</source>
            <translation>Wählen Sie eine Komponente aus, um ihre Eigenschaften zu bearbeiten</translation>
        </message>
        <message>
            <source>The component's name on the canvas and in reports</source>
            <translation>Der Name der Komponente auf der Zeichenfläche und in Berichten</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Properties</source>
            <translation>Eigenschaften</translation>
        </message>
        <message>
            <source>no zone</source>
            <translation>keine Zone</translation>
        </message>
        <message>
            <source>Unknown kind "%1"</source>
            <translation>Unbekannter Typ „%1“</translation>
        </message>
        <message>
            <source>No plugin knows this kind; it is kept as is</source>
            <translation>Kein Plugin kennt diesen Typ; die Komponente bleibt unverändert erhalten</translation>
        </message>
        <message>
            <source>Reset %1 of %2</source>
            <translation>%1 von %2 zurücksetzen</translation>
        </message>
        <message>
            <source>Rename %1</source>
            <translation>%1 umbenennen</translation>
        </message>
        <message>
            <source>Move %1 to %2</source>
            <translation>%1 nach %2 verschieben</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::LanguageMenu</name>
        <message>
            <source>Follow &amp;System</source>
            <translation>&amp;System folgen</translation>
        </message>
        <message>
            <source>Follow &amp;System (%1)</source>
            <translation>&amp;System folgen (%1)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>ArchStudio will use the language chosen the next time it starts.</source>
            <translation>ArchStudio verwendet die gewählte Sprache beim nächsten Start.</translation>
        </message>
        <message>
            <source>&amp;Restart Now</source>
            <translation>Jetzt &amp;neu starten</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::LessonPackDialog</name>
        <message>
            <source>Export Lesson Pack</source>
            <translation>Lektionspaket exportieren</translation>
        </message>
        <message>
            <source>e.g. Databases on AWS: choosing and surviving failures</source>
            <translation>z. B. Datenbanken auf AWS: auswählen und Ausfälle überstehen</translation>
        </message>
        <message>
            <source>What the lesson covers, what to read first</source>
            <translation>Was die Lektion behandelt, was vorab zu lesen ist</translation>
        </message>
        <message>
            <source>Your notes for the selected exercise: what to recap before it, what to watch for</source>
            <translation>Ihre Notizen zur ausgewählten Übung: was vorher zu wiederholen ist, worauf zu achten ist</translation>
        </message>
        <message>
            <source>Add &amp;Current Design</source>
            <translation>&amp;Aktuellen Entwurf hinzufügen</translation>
        </message>
        <message>
            <source>The design being edited, as it is now</source>
            <translation>Der gerade bearbeitete Entwurf in seinem aktuellen Zustand</translation>
        </message>
        <message>
            <source>Add &amp;Files…</source>
            <translation>&amp;Dateien hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>&amp;Save Pack…</source>
            <translation>Paket &amp;speichern…</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Lesson notes:</source>
            <translation>&amp;Lektionsnotizen:</translation>
        </message>
        <message>
            <source>Exercises, in the order they are taught:</source>
            <translation>Übungen in der Reihenfolge, in der sie unterrichtet werden:</translation>
        </message>
        <message>
            <source>Notes for the selected exercise:</source>
            <translation>Notizen zur ausgewählten Übung:</translation>
        </message>
        <message>
            <source>Add exercises</source>
            <translation>Übungen hinzufügen</translation>
        </message>
        <message>
            <source>ArchStudio designs (*.archstudio *.json);;All files (*)</source>
            <translation>ArchStudio-Entwürfe (*.archstudio *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Some files were not added</source>
            <translation>Einige Dateien wurden nicht hinzugefügt</translation>
        </message>
        <message>
            <source>%1. %2%3</source>
            <translation>%1. %2%3</translation>
        </message>
        <message>
            <source> (no exercise: a design to show)</source>
            <translation> (keine Übung: ein Entwurf zur Veranschaulichung)</translation>
        </message>
        <message>
            <source>lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>Save lesson pack</source>
            <translation>Lektionspaket speichern</translation>
        </message>
        <message>
            <source>Lesson packs (*.archlesson)</source>
            <translation>Lektionspakete (*.archlesson)</translation>
        </message>
        <message>
            <source>Could not save the lesson pack</source>
            <translation>Das Lektionspaket konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::LessonPanel</name>
        <message>
            <source>no goals</source>
            <translation>keine Ziele</translation>
        </message>
        <message>
            <source>1 goal</source>
            <translation>1 Ziel</translation>
        </message>
        <message>
            <source>%1 goals</source>
            <translation>%1 Ziele</translation>
        </message>
        <message>
            <source>&amp;Open Exercise</source>
            <translation>Übung &amp;öffnen</translation>
        </message>
        <message>
            <source>Work on the selected exercise (Enter or a double-click in the list)</source>
            <translation>Die ausgewählte Übung bearbeiten (Eingabetaste oder Doppelklick in der Liste)</translation>
        </message>
        <message>
            <source>&amp;Next Exercise</source>
            <translation>&amp;Nächste Übung</translation>
        </message>
        <message>
            <source>%1. %2 (%3)</source>
            <translation>%1. %2 (%3)</translation>
        </message>
        <message>
            <source>Work on exercise %1</source>
            <translation>Übung %1 bearbeiten</translation>
        </message>
        <message>
            <source>This is the last exercise of the lesson</source>
            <translation>Dies ist die letzte Übung der Lektion</translation>
        </message>
        <message>
            <source>Open a lesson pack (File &gt; Open).</source>
            <translation>Öffnen Sie ein Lektionspaket (Datei &gt; Öffnen).</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::LinkEditor</name>
        <message>
            <source>Reads and writes</source>
            <translation>Lese- und Schreibzugriffe</translation>
        </message>
        <message>
            <source>Reads only</source>
            <translation>Nur Lesezugriffe</translation>
        </message>
        <message>
            <source>Writes only</source>
            <translation>Nur Schreibzugriffe</translation>
        </message>
        <message>
            <source>What the workload sends along this link</source>
            <translation>Was der Workload über diese Verbindung sendet</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Datenverkehr</translation>
        </message>
        <message>
            <source>even split</source>
            <translation>gleichmäßig verteilt</translation>
        </message>
        <message>
            <source>The share of the workload's reads this target serves, when reads are spread over several targets</source>
            <translation>Der Anteil der Lesezugriffe des Workloads, den dieses Ziel bedient, wenn die Lesezugriffe auf mehrere Ziele verteilt sind</translation>
        </message>
        <message>
            <source>Read share</source>
            <translation>Leseanteil</translation>
        </message>
        <message>
            <source>No link selected</source>
            <translation>Keine Verbindung ausgewählt</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Change link %1</source>
            <translation>Verbindung %1 ändern</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::LoadChartPanel</name>
        <message>
            <source>Workload</source>
            <translation>Workload</translation>
        </message>
        <message>
            <source>Workload:</source>
            <translation>Workload:</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Wird aktualisiert…</translation>
        </message>
        <message>
            <source>No component carries load yet: link a workload to a data store.</source>
            <translation>Noch trägt keine Komponente Last: Verbinden Sie einen Workload mit einem Datenspeicher.</translation>
        </message>
        <message>
            <source>%1 is saturated at today's peak (it would need %2x its capacity).</source>
            <translation>%1 ist bei der heutigen Spitzenlast bereits überlastet (nötig wäre das %2-Fache der Kapazität).</translation>
        </message>
        <message>
            <source>%1 saturates first, at %2x today's load; latency rises steeply before that knee.</source>
            <translation>%1 ist als Erstes überlastet, beim %2-Fachen der heutigen Last; die Latenz steigt schon vor diesem Knick steil an.</translation>
        </message>
        <message>
            <source>Latency, average load</source>
            <translation>Latenz, durchschnittliche Last</translation>
        </message>
        <message>
            <source>read p50</source>
            <translation>Lesen p50</translation>
        </message>
        <message>
            <source>read p99</source>
            <translation>Lesen p99</translation>
        </message>
        <message>
            <source>write p50</source>
            <translation>Schreiben p50</translation>
        </message>
        <message>
            <source>write p99</source>
            <translation>Schreiben p99</translation>
        </message>
        <message>
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <source>Utilisation at peak</source>
            <translation>Auslastung bei Spitzenlast</translation>
        </message>
        <message>
            <source>saturated</source>
            <translation>überlastet</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::LoadFactorControl</name>
        <message>
            <source>&amp;Load:</source>
            <translation>&amp;Last:</translation>
        </message>
        <message>
            <source>What if traffic changed? Every workload's load, 0.1x to 10x</source>
            <translation>Was wäre, wenn sich der Datenverkehr ändert? Last aller Workloads, 0,1x bis 10x</translation>
        </message>
        <message>
            <source>Load factor</source>
            <translation>Lastfaktor</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::MainWindow</name>
        <message>
            <source>Palette</source>
            <translation>Palette</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspektor</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Design review</source>
            <translation>Entwurfsprüfung</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>&lt;opened design&gt;</source>
            <translation>&lt;geöffneter Entwurf&gt;</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>%1 wird geöffnet…</translation>
        </message>
        <message>
            <source>%1 a month</source>
            <translation>%1 pro Monat</translation>
        </message>
        <message>
            <source>Availability —  ·  add a workload</source>
            <translation>Verfügbarkeit —  ·  Workload hinzufügen</translation>
        </message>
        <message>
            <source>Availability —  ·  no workload is linked to a store</source>
            <translation>Verfügbarkeit —  ·  kein Workload ist mit einem Speicher verbunden</translation>
        </message>
        <message>
            <source>Worst RTO —  ·  RPO —</source>
            <translation>Längste RTO —  ·  RPO —</translation>
        </message>
        <message>
            <source>Estimated monthly cost of every component, data transfer included</source>
            <translation>Geschätzte monatliche Kosten aller Komponenten, einschließlich Datenübertragung</translation>
        </message>
        <message>
            <source>Availability %1  ·  SLA floor %2</source>
            <translation>Verfügbarkeit %1  ·  SLA-Untergrenze %2</translation>
        </message>
        <message>
            <source>The worst workload operation: about %1 of downtime a month</source>
            <translation>Die schlechteste Workload-Operation: etwa %1 Ausfallzeit pro Monat</translation>
        </message>
        <message>
            <source>Worst RTO %1  ·  RPO %2</source>
            <translation>Längste RTO %1  ·  RPO %2</translation>
        </message>
        <message>
            <source>Evaluating…</source>
            <translation>Wird ausgewertet…</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation>A&amp;nalyse</translation>
        </message>
        <message>
            <source>Va&amp;riant</source>
            <translation>&amp;Variante</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;Benutzerhandbuch</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;Plugins</source>
            <translation>&amp;Plugins</translation>
        </message>
        <message>
            <source>&amp;About ArchStudio</source>
            <translation>&amp;Über ArchStudio</translation>
        </message>
        <message>
            <source>About ArchStudio</source>
            <translation>Über ArchStudio</translation>
        </message>
        <message>
            <source>&lt;b&gt;ArchStudio %1&lt;/b&gt;&lt;p&gt;Design cloud data tiers and see their cost, latency, availability, RTO and RPO.&lt;/p&gt;</source>
            <translation>&lt;b&gt;ArchStudio %1&lt;/b&gt;&lt;p&gt;Entwerfen Sie Cloud-Datenschichten und sehen Sie deren Kosten, Latenz, Verfügbarkeit, Wiederherstellungszeit (RTO) und Datenverlustfenster (RPO).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Ausschneiden</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Einfügen</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Duplizieren</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Alle&amp;s auswählen</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>&amp;Umbenennen…</translation>
        </message>
        <message>
            <source>Add N&amp;ote</source>
            <translation>&amp;Notiz hinzufügen</translation>
        </message>
        <message>
            <source>Design &amp;Name and Description…</source>
            <translation>Name und &amp;Beschreibung des Entwurfs…</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Vergrößern</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>&amp;Fit Design</source>
            <translation>Entwurf &amp;einpassen</translation>
        </message>
        <message>
            <source>&amp;Actual Size (100%)</source>
            <translation>&amp;Originalgröße (100%)</translation>
        </message>
        <message>
            <source>&amp;Present</source>
            <translation>&amp;Präsentieren</translation>
        </message>
        <message>
            <source>Show &amp;Figures on Components</source>
            <translation>Kennzahlen an Komponenten an&amp;zeigen</translation>
        </message>
        <message>
            <source>&amp;Snap to Grid</source>
            <translation>Am &amp;Raster ausrichten</translation>
        </message>
        <message>
            <source>A&amp;rrange Automatically</source>
            <translation>&amp;Automatisch anordnen</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>Follow &amp;System</source>
            <translation>&amp;System folgen</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Bereiche</translation>
        </message>
        <message>
            <source>Copied 1 item</source>
            <translation>1 Element kopiert</translation>
        </message>
        <message>
            <source>Copied %1 items</source>
            <translation>%1 Elemente kopiert</translation>
        </message>
        <message>
            <source>Paste notes</source>
            <translation>Notizen einfügen</translation>
        </message>
        <message>
            <source>Paste 1 component</source>
            <translation>1 Komponente einfügen</translation>
        </message>
        <message>
            <source>Paste %1 components</source>
            <translation>%1 Komponenten einfügen</translation>
        </message>
        <message>
            <source>Duplicate notes</source>
            <translation>Notizen duplizieren</translation>
        </message>
        <message>
            <source>Duplicate 1 component</source>
            <translation>1 Komponente duplizieren</translation>
        </message>
        <message>
            <source>Duplicate %1 components</source>
            <translation>%1 Komponenten duplizieren</translation>
        </message>
        <message>
            <source>Nothing to change: the fix is already in the design</source>
            <translation>Nichts zu ändern: Die Abhilfe ist bereits im Entwurf umgesetzt</translation>
        </message>
        <message>
            <source>Apply fix: %1</source>
            <translation>Abhilfe anwenden: %1</translation>
        </message>
        <message>
            <source>Applied: %1</source>
            <translation>Angewendet: %1</translation>
        </message>
        <message>
            <source>Design name</source>
            <translation>Name des Entwurfs</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Design description</source>
            <translation>Beschreibung des Entwurfs</translation>
        </message>
        <message>
            <source>Description (shown in reports):</source>
            <translation>Beschreibung (wird in Berichten angezeigt):</translation>
        </message>
        <message>
            <source>Rename design to %1</source>
            <translation>Entwurf in %1 umbenennen</translation>
        </message>
        <message>
            <source>Select one component to rename it.</source>
            <translation>Wählen Sie eine einzelne Komponente aus, um sie umzubenennen.</translation>
        </message>
        <message>
            <source>There is no place for that yet: add a region first.</source>
            <translation>Dafür gibt es noch keinen Platz: Fügen Sie zuerst eine Region hinzu.</translation>
        </message>
        <message>
            <source>Failure Simulation</source>
            <translation>Ausfallsimulation</translation>
        </message>
        <message>
            <source>What-if Load</source>
            <translation>Was-wäre-wenn-Last</translation>
        </message>
        <message>
            <source>Evaluating at %1x today's load</source>
            <translation>Auswertung bei %1x der heutigen Last</translation>
        </message>
        <message>
            <source>Simulate &amp;Failure of Selection</source>
            <translation>&amp;Ausfall der Auswahl simulieren</translation>
        </message>
        <message>
            <source>Select one component, zone or region to fail, or right-click it on the canvas</source>
            <translation>Wählen Sie eine Komponente, Zone oder Region aus, die ausfallen soll, oder klicken Sie sie auf der Zeichenfläche mit der rechten Maustaste an</translation>
        </message>
        <message>
            <source>Fail the selected component, zone or region and play back what happens</source>
            <translation>Lässt die ausgewählte Komponente, Zone oder Region ausfallen und spielt ab, was dann passiert</translation>
        </message>
        <message>
            <source>&amp;Monte Carlo…</source>
            <translation>&amp;Monte-Carlo…</translation>
        </message>
        <message>
            <source>&amp;What-if Load Chart</source>
            <translation>&amp;Was-wäre-wenn-Lastdiagramm</translation>
        </message>
        <message>
            <source>&amp;Predict the Figures…</source>
            <translation>&amp;Kennzahlen vorhersagen…</translation>
        </message>
        <message>
            <source>&amp;Compare Variants…</source>
            <translation>&amp;Varianten vergleichen…</translation>
        </message>
        <message>
            <source> Variant: </source>
            <translation> Variante: </translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variante</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <source>New &amp;Window</source>
            <translation>Neues &amp;Fenster</translation>
        </message>
        <message>
            <source>New from &amp;Template…</source>
            <translation>Neu aus &amp;Vorlage…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Öffnen…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>Re&amp;vert to Saved</source>
            <translation>&amp;Gespeicherten Stand wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Export &amp;Lesson Pack…</source>
            <translation>&amp;Lektionspaket exportieren…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>&amp;Close Window</source>
            <translation>Fenster s&amp;chließen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>No design</source>
            <translation>Kein Entwurf</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>%1[*] — %2</source>
            <translation>%1[*] — %2</translation>
        </message>
        <message>
            <source>%1 — ArchStudio</source>
            <translation>%1 — ArchStudio</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>Opened the lesson pack %1: %2 exercises</source>
            <translation>Lektionspaket %1 geöffnet: %2 Übungen</translation>
        </message>
        <message>
            <source>Exercise %1 of %2: %3</source>
            <translation>Übung %1 von %2: %3</translation>
        </message>
        <message>
            <source>Saved the lesson pack %1</source>
            <translation>Lektionspaket %1 gespeichert</translation>
        </message>
        <message>
            <source>Scenes</source>
            <translation>Szenen</translation>
        </message>
        <message>
            <source>Add Wor&amp;kload to Every Database</source>
            <translation>Workload zu &amp;jeder Datenbank hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>&amp;Terraform Plan…</source>
            <translation>&amp;Terraform-Plan…</translation>
        </message>
        <message>
            <source>&amp;diagrams.net Diagram…</source>
            <translation>&amp;diagrams.net-Diagramm…</translation>
        </message>
        <message>
            <source>Compare &amp;with File…</source>
            <translation>&amp;Mit Datei vergleichen…</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::MonteCarloDialog</name>
        <message>
            <source>Monte Carlo: %1</source>
            <translation>Monte-Carlo: %1</translation>
        </message>
        <message>
            <source>Untitled design</source>
            <translation>Unbenannter Entwurf</translation>
        </message>
        <message>
            <source> years</source>
            <translation> Jahre</translation>
        </message>
        <message>
            <source>The same seed gives the same years, on any number of cores</source>
            <translation>Derselbe Startwert ergibt dieselben Jahre, unabhängig von der Anzahl der Kerne</translation>
        </message>
        <message>
            <source>&amp;Simulate:</source>
            <translation>&amp;Simulieren:</translation>
        </message>
        <message>
            <source>S&amp;eed:</source>
            <translation>Start&amp;wert:</translation>
        </message>
        <message>
            <source>&amp;Target:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <source>Cores:</source>
            <translation>Kerne:</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Ausführen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Operation</translation>
        </message>
        <message>
            <source>Simulated</source>
            <translation>Simuliert</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>95-%-Intervall</translation>
        </message>
        <message>
            <source>Exact (modelled)</source>
            <translation>Exakt (modelliert)</translation>
        </message>
        <message>
            <source>Downtime / year</source>
            <translation>Ausfallzeit / Jahr</translation>
        </message>
        <message>
            <source>Worst 1% of years</source>
            <translation>Schlechteste 1 % der Jahre</translation>
        </message>
        <message>
            <source>Years below target</source>
            <translation>Jahre unter dem Ziel</translation>
        </message>
        <message>
            <source>catalogOverrides.%1: %2</source>
            <translation>catalogOverrides.%1: %2</translation>
        </message>
        <message>
            <source>Not run: %1</source>
            <translation>Nicht ausgeführt: %1</translation>
        </message>
        <message>
            <source>Simulating %L1 years…</source>
            <translation>%L1 Jahre werden simuliert…</translation>
        </message>
        <message>
            <source>Stopped after %L1 years: %2</source>
            <translation>Nach %L1 Jahren angehalten: %2</translation>
        </message>
        <message>
            <source>Cancelled after %L1 years (seed %2, %3 threads).</source>
            <translation>Nach %L1 Jahren abgebrochen (Startwert %2, %3 Threads).</translation>
        </message>
        <message>
            <source>%L1 years simulated (seed %2, %3 threads).</source>
            <translation>%L1 Jahre simuliert (Startwert %2, %3 Threads).</translation>
        </message>
        <message>
            <source>Each year every component, zone and region fails and recovers at the catalog's rates; the exact figure is the engine's modelled availability.</source>
            <translation>In jedem Jahr fallen alle Komponenten, Zonen und Regionen mit den Raten des Katalogs aus und werden wiederhergestellt; der exakte Wert ist die von der Engine modellierte Verfügbarkeit.</translation>
        </message>
        <message>
            <source> · reads</source>
            <translation> · Lesezugriffe</translation>
        </message>
        <message>
            <source> · writes</source>
            <translation> · Schreibzugriffe</translation>
        </message>
        <message>
            <source> (too few outages to compare)</source>
            <translation> (zu wenige Ausfälle für einen Vergleich)</translation>
        </message>
        <message>
            <source> ✓ inside</source>
            <translation> ✓ innerhalb</translation>
        </message>
        <message>
            <source> ✗ outside</source>
            <translation> ✗ außerhalb</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1: share of years with more downtime than…</source>
            <translation>%1: Anteil der Jahre mit mehr Ausfallzeit als …</translation>
        </message>
        <message>
            <source>Downtime in a year (minutes)</source>
            <translation>Ausfallzeit pro Jahr (Minuten)</translation>
        </message>
        <message>
            <source>Share of years</source>
            <translation>Anteil der Jahre</translation>
        </message>
        <message>
            <source>(dashed: the %1 a year a target of %2 allows)</source>
            <translation>(gestrichelt: die %1 pro Jahr, die ein Ziel von %2 erlaubt)</translation>
        </message>
        <message>
            <source>target</source>
            <translation>Ziel</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::ObjectEditor</name>
        <message>
            <source>Use %1</source>
            <translation>%1 verwenden</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::PaletteWidget</name>
        <message>
            <source>Search components…</source>
            <translation>Komponenten suchen…</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Container</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>An AWS Region, with three Availability Zones. Drop it on empty canvas.</source>
            <translation>Eine AWS-Region mit drei Availability Zones. Legen Sie sie auf einer leeren Stelle der Zeichenfläche ab.</translation>
        </message>
        <message>
            <source>Availability Zone</source>
            <translation>Availability Zone</translation>
        </message>
        <message>
            <source>One more Availability Zone. Drop it inside a region.</source>
            <translation>Eine weitere Availability Zone. Legen Sie sie in einer Region ab.</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Anmerkungen</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>A sticky note. Right-click a component, zone or region for a callout that points at it.</source>
            <translation>Eine Haftnotiz. Klicken Sie mit der rechten Maustaste auf eine Komponente, Zone oder Region, um eine Legende zu erhalten, die darauf zeigt.</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::PlacementEditor</name>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>The Availability Zone the component runs in</source>
            <translation>Die Availability Zone, in der die Komponente läuft</translation>
        </message>
        <message>
            <source>choose a zone</source>
            <translation>Zone auswählen</translation>
        </message>
        <message>
            <source>&amp;Zone</source>
            <translation>&amp;Zone</translation>
        </message>
        <message>
            <source>The Availability Zones the workload runs in</source>
            <translation>Die Availability Zones, in denen der Workload läuft</translation>
        </message>
        <message>
            <source>&amp;Zones</source>
            <translation>&amp;Zonen</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::PluginsDialog</name>
        <message>
            <source>Plugin and its kinds</source>
            <translation>Plugin und seine Komponententypen</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>built into ArchStudio</source>
            <translation>in ArchStudio integriert</translation>
        </message>
        <message>
            <source>Why it did not load</source>
            <translation>Grund, warum es nicht geladen wurde</translation>
        </message>
        <message>
            <source>Plugins</source>
            <translation>Plugins</translation>
        </message>
        <message>
            <source>Component kinds come from plugins. ArchStudio looks for more in its plugin folder and in your own (see the user guide, "Plugins").</source>
            <translation>Komponententypen stammen aus Plugins. ArchStudio sucht weitere in seinem Plugin-Ordner und in Ihrem eigenen (siehe Benutzerhandbuch, „Plugins“).</translation>
        </message>
        <message>
            <source>Not loaded:</source>
            <translation>Nicht geladen:</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::PredictionDialog</name>
        <message>
            <source>Monthly cost (USD)</source>
            <translation>Monatliche Kosten (USD)</translation>
        </message>
        <message>
            <source>Worst p99 at peak (ms)</source>
            <translation>Höchster p99-Wert bei Spitzenlast (ms)</translation>
        </message>
        <message>
            <source>Worst RTO (seconds)</source>
            <translation>Längste Wiederherstellungszeit (RTO, Sekunden)</translation>
        </message>
        <message>
            <source>Predict the Figures</source>
            <translation>Kennzahlen vorhersagen</translation>
        </message>
        <message>
            <source>Guess before you look: the studio hides its figures until you reveal them. Tick the figures you want to guess.</source>
            <translation>Erst schätzen, dann nachsehen: Das Studio blendet seine Kennzahlen aus, bis Sie sie aufdecken. Kreuzen Sie die Kennzahlen an, die Sie schätzen möchten.</translation>
        </message>
        <message>
            <source>&amp;Reveal</source>
            <translation>&amp;Aufdecken</translation>
        </message>
        <message>
            <source>Waiting for the design's estimate…</source>
            <translation>Warten auf die Berechnung des Entwurfs…</translation>
        </message>
        <message>
            <source>Show each guess beside the estimate</source>
            <translation>Jede Schätzung neben dem berechneten Wert anzeigen</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Your guess</source>
            <translation>Ihre Schätzung</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>Berechnet</translation>
        </message>
        <message>
            <source>none (saturated, or nothing served)</source>
            <translation>keiner (überlastet oder nichts bedient)</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::PresentationWindow</name>
        <message>
            <source>%1 — Presentation</source>
            <translation>%1 — Präsentation</translation>
        </message>
        <message>
            <source>Untitled design</source>
            <translation>Unbenannter Entwurf</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Go to %1…</source>
            <translation>Gehe zu %1…</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::PropertyRow</name>
        <message>
            <source>Reset to the default (%1)</source>
            <translation>Auf den Standardwert zurücksetzen (%1)</translation>
        </message>
        <message>
            <source>Reset to %1</source>
            <translation>Auf %1 zurücksetzen</translation>
        </message>
        <message>
            <source>Reset %1</source>
            <translation>%1 zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::ReviewPanel</name>
        <message>
            <source>Design review findings</source>
            <translation>Befunde der Entwurfsprüfung</translation>
        </message>
        <message>
            <source>&amp;Apply Fix</source>
            <translation>&amp;Abhilfe anwenden</translation>
        </message>
        <message>
            <source>Apply the selected finding's fix as one undoable step (Enter)</source>
            <translation>Wendet die Abhilfe des ausgewählten Befunds in einem Schritt an, der sich rückgängig machen lässt (Eingabetaste)</translation>
        </message>
        <message>
            <source>1 finding</source>
            <translation>1 Befund</translation>
        </message>
        <message numerus="yes">
            <source>%n findings</source>
            <translation>
                <numerusform>%n Befund</numerusform>
                <numerusform>%n Befunde</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to review yet: add components to the design.</source>
            <translation>Noch nichts zu prüfen: Fügen Sie dem Entwurf Komponenten hinzu.</translation>
        </message>
        <message>
            <source>No findings: the design passes every review rule.</source>
            <translation>Keine Befunde: Der Entwurf besteht alle Prüfregeln.</translation>
        </message>
        <message>
            <source>&amp;Show Component</source>
            <translation>&amp;Komponente anzeigen</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::ScenesPanel</name>
        <message>
            <source>Double-click a scene to present from it</source>
            <translation>Doppelklicken Sie auf eine Szene, um ab dieser Szene zu präsentieren</translation>
        </message>
        <message>
            <source>Caption shown under the scene</source>
            <translation>Beschriftung, die unter der Szene angezeigt wird</translation>
        </message>
        <message>
            <source>&amp;Caption:</source>
            <translation>&amp;Beschriftung:</translation>
        </message>
        <message>
            <source>&amp;Add from View</source>
            <translation>&amp;Aus Ansicht hinzufügen</translation>
        </message>
        <message>
            <source>A new scene of what the canvas shows now: its view, variant, load and the failure being played back</source>
            <translation>Eine neue Szene mit dem, was die Zeichenfläche gerade zeigt: Ansicht, Variante, Last und der abgespielte Ausfall</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Hide Selected</source>
            <translation>Auswahl ausblenden</translation>
        </message>
        <message>
            <source>Leave the selected components and notes out of this scene</source>
            <translation>Die ausgewählten Komponenten und Notizen in dieser Szene weglassen</translation>
        </message>
        <message>
            <source>Show All</source>
            <translation>Alle anzeigen</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Präsentieren</translation>
        </message>
        <message>
            <source>Present from this scene (F5 presents from the first)</source>
            <translation>Ab dieser Szene präsentieren (F5 präsentiert ab der ersten)</translation>
        </message>
        <message>
            <source>Scene %1</source>
            <translation>Szene %1</translation>
        </message>
        <message>
            <source>Add Scene</source>
            <translation>Szene hinzufügen</translation>
        </message>
        <message>
            <source>Move Scene</source>
            <translation>Szene verschieben</translation>
        </message>
        <message>
            <source>Delete Scene</source>
            <translation>Szene löschen</translation>
        </message>
        <message>
            <source>Edit Scene Caption</source>
            <translation>Szenenbeschriftung bearbeiten</translation>
        </message>
        <message>
            <source>Hide in Scene</source>
            <translation>In Szene ausblenden</translation>
        </message>
        <message>
            <source>Show All in Scene</source>
            <translation>Alle in Szene anzeigen</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Fenster</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menü</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::SummaryPanel</name>
        <message>
            <source>%1 (%2 a month)</source>
            <translation>%1 (%2 pro Monat)</translation>
        </message>
        <message>
            <source>Workloads</source>
            <translation>Workloads</translation>
        </message>
        <message>
            <source>Add a workload to see latency and availability.</source>
            <translation>Fügen Sie einen Workload hinzu, um Latenz und Verfügbarkeit zu sehen.</translation>
        </message>
        <message>
            <source>Cost by component</source>
            <translation>Kosten nach Komponente</translation>
        </message>
        <message>
            <source>Add a database or cache to see what it costs.</source>
            <translation>Fügen Sie eine Datenbank oder einen Cache hinzu, um die Kosten zu sehen.</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Pro Monat</translation>
        </message>
        <message>
            <source>SLA floor</source>
            <translation>SLA-Untergrenze</translation>
        </message>
        <message>
            <source>Modelled</source>
            <translation>Modelliert</translation>
        </message>
        <message>
            <source>Worst RTO</source>
            <translation>Längste Wiederherstellungszeit (RTO)</translation>
        </message>
        <message>
            <source>Worst RPO</source>
            <translation>Größtes Datenverlustfenster (RPO)</translation>
        </message>
        <message>
            <source>The worst workload's availability composed from published SLAs</source>
            <translation>Die Verfügbarkeit des schlechtesten Workloads, zusammengesetzt aus den veröffentlichten SLAs</translation>
        </message>
        <message>
            <source>The worst workload's expected availability, from failure and recovery rates</source>
            <translation>Die erwartete Verfügbarkeit des schlechtesten Workloads, berechnet aus Ausfall- und Wiederherstellungsraten</translation>
        </message>
        <message>
            <source>The longest failover or restore of any component</source>
            <translation>Das längste Failover bzw. die längste Wiederherstellung aller Komponenten</translation>
        </message>
        <message>
            <source>The largest window of data any component can lose</source>
            <translation>Das größte Datenverlustfenster aller Komponenten</translation>
        </message>
        <message>
            <source>Evaluating…</source>
            <translation>Wird ausgewertet…</translation>
        </message>
        <message>
            <source>Working out cost, latency and availability; the figures appear here when the first evaluation is done.</source>
            <translation>Kosten, Latenz und Verfügbarkeit werden berechnet; die Kennzahlen erscheinen hier, sobald die erste Auswertung abgeschlossen ist.</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Wird geöffnet…</translation>
        </message>
        <message>
            <source>Reading the design; its figures appear here once it has been evaluated.</source>
            <translation>Der Entwurf wird gelesen; seine Kennzahlen erscheinen hier, sobald er ausgewertet wurde.</translation>
        </message>
        <message>
            <source>Catalog %1 of %2, load ×%3</source>
            <translation>Katalog %1 vom %2, Last ×%3</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::TemplateChooser</name>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>New from Template</source>
            <translation>Neu aus Vorlage</translation>
        </message>
        <message>
            <source>Blank design</source>
            <translation>Leerer Entwurf</translation>
        </message>
        <message>
            <source>One region with three Availability Zones, nothing in it yet</source>
            <translation>Eine Region mit drei Availability Zones, noch ohne Inhalt</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Erstellen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Show at startup</source>
            <translation>Beim Start anzeigen</translation>
        </message>
        <message>
            <source>An empty canvas with one region and its Availability Zones. Drag components in from the palette.</source>
            <translation>Eine leere Zeichenfläche mit einer Region und ihren Availability Zones. Ziehen Sie Komponenten aus der Palette hinein.</translation>
        </message>
        <message>
            <source>Evaluating…</source>
            <translation>Wird ausgewertet…</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::UpdatingIndicator</name>
        <message>
            <source>Updating…</source>
            <translation>Wird aktualisiert…</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::UserGuideWindow</name>
        <message>
            <source>ArchStudio User Guide</source>
            <translation>ArchStudio-Benutzerhandbuch</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Zurück</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::VariantComparison</name>
        <message>
            <source>Compare Variants</source>
            <translation>Varianten vergleichen</translation>
        </message>
        <message>
            <source>Variants to compare</source>
            <translation>Zu vergleichende Varianten</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variante</translation>
        </message>
        <message>
            <source>Monthly cost</source>
            <translation>Monatliche Kosten</translation>
        </message>
        <message>
            <source>Read p99 (peak)</source>
            <translation>Lese-p99 (Spitze)</translation>
        </message>
        <message>
            <source>Write p99 (peak)</source>
            <translation>Schreib-p99 (Spitze)</translation>
        </message>
        <message>
            <source>SLA floor</source>
            <translation>SLA-Untergrenze</translation>
        </message>
        <message>
            <source>Modelled</source>
            <translation>Modelliert</translation>
        </message>
        <message>
            <source>Worst RTO</source>
            <translation>Längste Wiederherstellungszeit (RTO)</translation>
        </message>
        <message>
            <source>Worst RPO</source>
            <translation>Größtes Datenverlustfenster (RPO)</translation>
        </message>
        <message>
            <source>Compare:</source>
            <translation>Vergleichen:</translation>
        </message>
        <message>
            <source>Tick two or more variants to compare them. Variant › New Variant from Current makes one to edit.</source>
            <translation>Kreuzen Sie zwei oder mehr Varianten an, um sie zu vergleichen. Mit Variante › Neue Variante aus aktuellem Stand erstellen Sie eine zum Bearbeiten.</translation>
        </message>
        <message>
            <source>Evaluating %1 variants at %2…</source>
            <translation>Auswertung von %1 Varianten bei %2…</translation>
        </message>
        <message>
            <source>today's load (x1)</source>
            <translation>heutiger Last (x1)</translation>
        </message>
        <message>
            <source>x%1 today's load, the studio's what-if load</source>
            <translation>x%1 der heutigen Last, der Was-wäre-wenn-Last des Studios</translation>
        </message>
        <message>
            <source>Each variant evaluated on its own with the same catalog, at %1. Availability is the worst workload operation's; p99 the slowest at peak.</source>
            <translation>Jede Variante wird einzeln mit demselben Katalog ausgewertet, bei %1. Die Verfügbarkeit ist die der schlechtesten Workload-Operation, p99 der langsamste Wert bei Spitzenlast.</translation>
        </message>
        <message>
            <source>  ★</source>
            <translation>  ★</translation>
        </message>
        <message>
            <source>On the Pareto front: no other variant is both cheaper and more available</source>
            <translation>Auf der Pareto-Front: Keine andere Variante ist zugleich günstiger und verfügbarer</translation>
        </message>
        <message>
            <source>Monthly cost by kind</source>
            <translation>Monatliche Kosten nach Komponententyp</translation>
        </message>
        <message>
            <source>USD a month</source>
            <translation>USD pro Monat</translation>
        </message>
        <message>
            <source>Cost against availability (modelled)</source>
            <translation>Kosten gegenüber Verfügbarkeit (modelliert)</translation>
        </message>
        <message>
            <source>Pareto front</source>
            <translation>Pareto-Front</translation>
        </message>
        <message>
            <source>nines of availability</source>
            <translation>Neunen der Verfügbarkeit</translation>
        </message>
    </context>
    <context>
        <name>archstudio::ui::VariantController</name>
        <message>
            <source>&amp;New Variant from Current…</source>
            <translation>&amp;Neue Variante aus aktuellem Stand…</translation>
        </message>
        <message>
            <source>&amp;Rename Variant…</source>
            <translation>Variante &amp;umbenennen…</translation>
        </message>
        <message>
            <source>&amp;Delete Variant</source>
            <translation>Variante &amp;löschen</translation>
        </message>
        <message>
            <source>Show the model answer? It replaces your design on the canvas; your design stays as the variant %1, one undo step away.</source>
            <translation>Musterlösung anzeigen? Sie ersetzt Ihren Entwurf auf der Zeichenfläche; Ihr Entwurf bleibt als Variante %1 erhalten und ist mit einem Schritt rückgängig zu machen.</translation>
        </message>
        <message>
            <source>Model answer</source>
            <translation>Musterlösung</translation>
        </message>
        <message>
            <source>Switch to Variant %1</source>
            <translation>Zu Variante %1 wechseln</translation>
        </message>
        <message>
            <source>New Variant %1</source>
            <translation>Neue Variante %1</translation>
        </message>
        <message>
            <source>Rename Variant %1 to %2</source>
            <translation>Variante %1 in %2 umbenennen</translation>
        </message>
        <message>
            <source>Delete Variant %1</source>
            <translation>Variante %1 löschen</translation>
        </message>
        <message>
            <source>New Variant</source>
            <translation>Neue Variante</translation>
        </message>
        <message>
            <source>A copy of "%1" is kept under this name, and you edit the copy:</source>
            <translation>Eine Kopie von „%1“ wird unter diesem Namen angelegt, und Sie bearbeiten die Kopie:</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variante</translation>
        </message>
        <message>
            <source>Rename Variant</source>
            <translation>Variante umbenennen</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>"%1" is empty or names another variant</source>
            <translation>„%1“ ist leer oder bereits der Name einer anderen Variante</translation>
        </message>
        <message>
            <source>Delete variant "%1"?</source>
            <translation>Variante „%1“ löschen?</translation>
        </message>
        <message>
            <source>Delete Variant</source>
            <translation>Variante löschen</translation>
        </message>
        <message>
            <source>Delete variant "%1"? You can undo this.</source>
            <translation>Variante „%1“ löschen? Sie können dies rückgängig machen.</translation>
        </message>
        <message>
            <source>This design has one variant: Variant › New Variant from Current makes another to compare with</source>
            <translation>Dieser Entwurf hat nur eine Variante: Mit Variante › Neue Variante aus aktuellem Stand erstellen Sie eine weitere zum Vergleichen</translation>
        </message>
        <message>
            <source>Cannot compare with %1: %2</source>
            <translation>Vergleich mit %1 nicht möglich: %2</translation>
        </message>
        <message>
            <source>Compare with File</source>
            <translation>Mit Datei vergleichen</translation>
        </message>
        <message>
            <source>%1 cannot be read:
%2</source>
            <translation>%1 kann nicht gelesen werden:
%2</translation>
        </message>
        <message>
            <source>Compare with %1</source>
            <translation>Vergleich mit %1</translation>
        </message>
        <message>
            <source>Designs (*.archstudio *.json *.drawio);;All files (*)</source>
            <translation>Entwürfe (*.archstudio *.json *.drawio);;Alle Dateien (*)</translation>
        </message>
    </context>
</TS>
