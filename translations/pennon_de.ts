<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <source>the default workspace is empty</source>
        <translation>der Standard-Arbeitsbereich ist leer</translation>
    </message>
    <message>
        <source>Settings, default workspace: %1</source>
        <translation>Einstellungen, Standard-Arbeitsbereich: %1</translation>
    </message>
</context>
<context>
    <name>AttributeGenerator</name>
    <message>
        <source>&apos;%1&apos; at character %2: %3</source>
        <translation>&apos;%1&apos; bei Zeichen %2: %3</translation>
    </message>
    <message>
        <source>expected NAME=GENERATOR</source>
        <translation>erwartet: NAME=GENERATOR</translation>
    </message>
    <message>
        <source>the attribute name is missing</source>
        <translation>der Name des Attributs fehlt</translation>
    </message>
    <message>
        <source>%1(...) must end with &apos;)&apos;</source>
        <translation>%1(...) muss mit &apos;)&apos; enden</translation>
    </message>
    <message>
        <source>a choice needs a value</source>
        <translation>eine Auswahl braucht einen Wert</translation>
    </message>
    <message>
        <source>a choice&apos;s value must not hold &apos;(&apos; or &apos;)&apos;</source>
        <translation>der Wert einer Auswahl darf weder &apos;(&apos; noch &apos;)&apos; enthalten</translation>
    </message>
    <message>
        <source>the weight must be a whole number from 0 to 10^9, not &apos;%1&apos;</source>
        <translation>das Gewicht muss eine ganze Zahl von 0 bis 10^9 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>at least one choice needs a weight above 0</source>
        <translation>mindestens eine Auswahl braucht ein Gewicht über 0</translation>
    </message>
    <message>
        <source>%1(LOW,HIGH) takes two bounds, not %2</source>
        <translation>%1(LOW,HIGH) erwartet zwei Grenzen, nicht %2</translation>
    </message>
    <message>
        <source>a bound must be a whole number from -10^15 to 10^15, not &apos;%1&apos;</source>
        <translation>eine Grenze muss eine ganze Zahl von -10^15 bis 10^15 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>HIGH must not be below LOW</source>
        <translation>HIGH darf nicht kleiner als LOW sein</translation>
    </message>
    <message>
        <source>a version is MAJOR.MINOR.PATCH, not &apos;%1&apos;</source>
        <translation>eine Version hat die Form MAJOR.MINOR.PATCH, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a version&apos;s part must be a whole number from 0 to %1, not &apos;%2&apos;</source>
        <translation>jeder Teil einer Version muss eine ganze Zahl von 0 bis %1 sein, nicht &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message numerus="yes">
        <source>Add Tags to %n Flag(s)</source>
        <translation>
            <numerusform>Schlagwörter zu %n Flag hinzufügen</numerusform>
            <numerusform>Schlagwörter zu %n Flags hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove Tags from %n Flag(s)</source>
        <translation>
            <numerusform>Schlagwörter von %n Flag entfernen</numerusform>
            <numerusform>Schlagwörter von %n Flags entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the Owner of %n Flag(s)</source>
        <translation>
            <numerusform>Besitzer von %n Flag festlegen</numerusform>
            <numerusform>Besitzer von %n Flags festlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch On %n Flag(s) in %1</source>
        <translation>
            <numerusform>%n Flag in %1 einschalten</numerusform>
            <numerusform>%n Flags in %1 einschalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch Off %n Flag(s) in %1</source>
        <translation>
            <numerusform>%n Flag in %1 ausschalten</numerusform>
            <numerusform>%n Flags in %1 ausschalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n Flag(s)</source>
        <translation>
            <numerusform>%n Flag archivieren</numerusform>
            <numerusform>%n Flags archivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n Flag(s)</source>
        <translation>
            <numerusform>%n Flag nicht mehr archivieren</numerusform>
            <numerusform>%n Flags nicht mehr archivieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeImpact</name>
    <message>
        <source>no configuration to compare</source>
        <translation>keine Konfiguration zum Vergleichen</translation>
    </message>
    <message>
        <source>no flag &apos;%1&apos; in the configuration compared from</source>
        <translation>kein Flag &apos;%1&apos; in der Ausgangskonfiguration</translation>
    </message>
    <message>
        <source>no flag &apos;%1&apos; in the configuration compared with</source>
        <translation>kein Flag &apos;%1&apos; in der Vergleichskonfiguration</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Version %1 → %2</source>
        <translation>Version %1 → %2</translation>
    </message>
    <message>
        <source>%1, revert of change %2</source>
        <translation>%1, Rücknahme von Änderung %2</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Flag “%1” deleted</source>
        <translation>Flag „%1“ gelöscht</translation>
    </message>
    <message>
        <source>Environment “%1” deleted</source>
        <translation>Umgebung „%1“ gelöscht</translation>
    </message>
    <message>
        <source>New protected environment “%1”</source>
        <translation>Neue geschützte Umgebung „%1“</translation>
    </message>
    <message>
        <source>New environment “%1”</source>
        <translation>Neue Umgebung „%1“</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>No longer protected</source>
        <translation>Nicht mehr geschützt</translation>
    </message>
    <message>
        <source>Activation “%1” deleted</source>
        <translation>Aktivierung „%1“ gelöscht</translation>
    </message>
    <message>
        <source>New activation “%1”: %2</source>
        <translation>Neue Aktivierung „%1“: %2</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Segment “%1” deleted</source>
        <translation>Segment „%1“ gelöscht</translation>
    </message>
    <message>
        <source>New segment “%1”: %2</source>
        <translation>Neues Segment „%1“: %2</translation>
    </message>
    <message>
        <source>Condition %1 removed (%2)</source>
        <translation>Bedingung %1 entfernt (%2)</translation>
    </message>
    <message>
        <source>Condition %1 added: %2</source>
        <translation>Bedingung %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Condition %1: %2 → %3</source>
        <translation>Bedingung %1: %2 → %3</translation>
    </message>
    <message>
        <source>The state before this change cannot be read: %1</source>
        <translation>Der Zustand vor dieser Änderung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The state after this change cannot be read: %1</source>
        <translation>Der Zustand nach dieser Änderung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No difference in what is shown (only in how it is stored)</source>
        <translation>Kein Unterschied in der Darstellung (nur in der Speicherung)</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>user id %1</source>
        <translation>Nutzer-ID %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>zum Zeitpunkt %1</translation>
    </message>
    <message>
        <source>no attributes</source>
        <translation>keine Attribute</translation>
    </message>
    <message>
        <source>Persona “%1” deleted</source>
        <translation>Persona „%1“ gelöscht</translation>
    </message>
    <message>
        <source>New persona “%1”: %2</source>
        <translation>Neue Persona „%1“: %2</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Nutzer-ID</translation>
    </message>
    <message>
        <source>Attribute %1 removed (%2)</source>
        <translation>Attribut %1 entfernt (%2)</translation>
    </message>
    <message>
        <source>Attribute %1</source>
        <translation>Attribut %1</translation>
    </message>
    <message>
        <source>Attribute %1 added: %2</source>
        <translation>Attribut %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Evaluated as of</source>
        <translation>Auswerten zum Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>ChartFiles</name>
    <message>
        <source>Save Chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pennonctl: %1</source>
        <translation>pennonctl: %1</translation>
    </message>
    <message>
        <source>Try &apos;pennonctl %1 --help&apos; for more information.</source>
        <translation>Weitere Informationen mit &apos;pennonctl %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Pennon, the feature-flag manager. Opens the workspace named here, else $PENNON_DB, else the default workspace of the settings, else the per-user workspace.</source>
        <translation>Pennon, die Verwaltung von Feature-Flags. Öffnet den hier genannten Arbeitsbereich, sonst $PENNON_DB, sonst den Standard-Arbeitsbereich der Einstellungen, sonst den des Benutzers.</translation>
    </message>
    <message>
        <source>The workspace database: sqlite:PATH or postgresql://[user@]host[:port]/dbname.</source>
        <translation>Die Datenbank des Arbeitsbereichs: sqlite:PFAD oder postgresql://[user@]host[:port]/dbname.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A workspace&apos;s SQLite file (created when it does not exist).</source>
        <translation>Die SQLite-Datei eines Arbeitsbereichs (wird angelegt, wenn es sie nicht gibt).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Weitere Informationen mit &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>one workspace at a time: %1</source>
        <translation>ein Arbeitsbereich auf einmal: %1</translation>
    </message>
    <message>
        <source>either --db URL or FILE, not both</source>
        <translation>entweder --db URL oder DATEI, nicht beides</translation>
    </message>
    <message>
        <source>--db given more than once</source>
        <translation>--db mehr als einmal angegeben</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>FILE: the name is empty</source>
        <translation>DATEI: der Name ist leer</translation>
    </message>
    <message>
        <source>FILE &quot;%1&quot;: %2</source>
        <translation>DATEI &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ConditionText</name>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 ist einer der Werte %2</translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation>%1 enthält nicht %2</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>%1 does not start with %2</source>
        <translation>%1 beginnt nicht mit %2</translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation>%1 beginnt mit %2</translation>
    </message>
    <message>
        <source>%1 does not end with %2</source>
        <translation>%1 endet nicht auf %2</translation>
    </message>
    <message>
        <source>%1 ends with %2</source>
        <translation>%1 endet auf %2</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 entspricht nicht dem Muster %2</translation>
    </message>
    <message>
        <source>%1 matches the pattern %2</source>
        <translation>%1 entspricht dem Muster %2</translation>
    </message>
    <message>
        <source>%1 is not the number %2</source>
        <translation>%1 ist nicht die Zahl %2</translation>
    </message>
    <message>
        <source>%1 is the number %2</source>
        <translation>%1 ist die Zahl %2</translation>
    </message>
    <message>
        <source>%1 is not greater than %2</source>
        <translation>%1 ist nicht größer als %2</translation>
    </message>
    <message>
        <source>%1 is greater than %2</source>
        <translation>%1 ist größer als %2</translation>
    </message>
    <message>
        <source>%1 is not at least %2</source>
        <translation>%1 ist nicht mindestens %2</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation>%1 ist mindestens %2</translation>
    </message>
    <message>
        <source>%1 is not less than %2</source>
        <translation>%1 ist nicht kleiner als %2</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation>%1 ist kleiner als %2</translation>
    </message>
    <message>
        <source>%1 is not at most %2</source>
        <translation>%1 ist nicht höchstens %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation>%1 ist höchstens %2</translation>
    </message>
    <message>
        <source>%1 is not after %2</source>
        <translation>%1 liegt nicht nach %2</translation>
    </message>
    <message>
        <source>%1 is after %2</source>
        <translation>%1 liegt nach %2</translation>
    </message>
    <message>
        <source>%1 is not before %2</source>
        <translation>%1 liegt nicht vor %2</translation>
    </message>
    <message>
        <source>%1 is before %2</source>
        <translation>%1 liegt vor %2</translation>
    </message>
    <message>
        <source>%1 is not version %2</source>
        <translation>%1 ist nicht Version %2</translation>
    </message>
    <message>
        <source>%1 is version %2</source>
        <translation>%1 ist Version %2</translation>
    </message>
    <message>
        <source>%1 is not a version after %2</source>
        <translation>%1 ist keine Version nach %2</translation>
    </message>
    <message>
        <source>%1 is a version after %2</source>
        <translation>%1 ist eine Version nach %2</translation>
    </message>
    <message>
        <source>%1 is not version %2 or later</source>
        <translation>%1 ist nicht Version %2 oder neuer</translation>
    </message>
    <message>
        <source>%1 is version %2 or later</source>
        <translation>%1 ist Version %2 oder neuer</translation>
    </message>
    <message>
        <source>%1 is not a version before %2</source>
        <translation>%1 ist keine Version vor %2</translation>
    </message>
    <message>
        <source>%1 is a version before %2</source>
        <translation>%1 ist eine Version vor %2</translation>
    </message>
    <message>
        <source>%1 is not version %2 or earlier</source>
        <translation>%1 ist nicht Version %2 oder älter</translation>
    </message>
    <message>
        <source>%1 is version %2 or earlier</source>
        <translation>%1 ist Version %2 oder älter</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 liegt nicht in %2</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation>%1 liegt in %2</translation>
    </message>
    <message>
        <source>%1 is absent</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is present</source>
        <translation>%1 ist vorhanden</translation>
    </message>
    <message>
        <source>%1 (ignoring case)</source>
        <translation>%1 (Groß-/Kleinschreibung ignoriert)</translation>
    </message>
    <message>
        <source>skipped when absent</source>
        <translation>bei Fehlen übersprungen</translation>
    </message>
    <message>
        <source>an empty value when absent</source>
        <translation>bei Fehlen ein leerer Wert</translation>
    </message>
    <message>
        <source>stops evaluation when absent</source>
        <translation>bei Fehlen endet die Auswertung</translation>
    </message>
    <message>
        <source>random when absent</source>
        <translation>bei Fehlen zufällig</translation>
    </message>
    <message>
        <source>%1 % of users by %2 (%3)</source>
        <translation>%1 % der Nutzer nach %2 (%3)</translation>
    </message>
    <message>
        <source>%1 % of users at random (%2)</source>
        <translation>%1 % der Nutzer zufällig (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, salt %2</source>
        <translation>%1, Salt %2</translation>
    </message>
    <message>
        <source>between %1 and %2 (%3)</source>
        <translation>zwischen %1 und %2 (%3)</translation>
    </message>
    <message>
        <source>from %1 on (%2)</source>
        <translation>ab %1 (%2)</translation>
    </message>
    <message>
        <source>until %1 (%2)</source>
        <translation>bis %1 (%2)</translation>
    </message>
    <message>
        <source>at any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <source>flag %1 is enabled</source>
        <translation>Flag %1 ist eingeschaltet</translation>
    </message>
    <message>
        <source>flag %1 serves %2</source>
        <translation>Flag %1 liefert %2</translation>
    </message>
    <message>
        <source>flag %1 serves one of %2</source>
        <translation>Flag %1 liefert eine der Varianten %2</translation>
    </message>
    <message>
        <source>in segment %1 (%2)</source>
        <translation>im Segment %1 (%2)</translation>
    </message>
    <message>
        <source>in segment %1</source>
        <translation>im Segment %1</translation>
    </message>
    <message>
        <source>custom activation %1</source>
        <translation>benutzerdefinierte Aktivierung %1</translation>
    </message>
    <message>
        <source>custom activation %1 with %2</source>
        <translation>benutzerdefinierte Aktivierung %1 mit %2</translation>
    </message>
    <message>
        <source>activation %1 (not in the library)</source>
        <translation>Aktivierung %1 (nicht in der Bibliothek)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a named activation: its condition</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%1 … and %n more</source>
        <comment>a cut-off list of values</comment>
        <translation>
            <numerusform>%1 … und %n weiterer</numerusform>
            <numerusform>%1 … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 %3 (an operator Unleash does not know: never holds)</source>
        <translation>%1 %2 %3 (ein Operator, den Unleash nicht kennt: trifft nie zu)</translation>
    </message>
    <message>
        <source>%1 (%2: always holds, as in Unleash)</source>
        <translation>%1 (%2: trifft immer zu, wie in Unleash)</translation>
    </message>
    <message>
        <source>%1 (%2: never holds, as in Unleash)</source>
        <translation>%1 (%2: trifft nie zu, wie in Unleash)</translation>
    </message>
    <message>
        <source>in segment %1 (not in the workspace: never holds, as in Unleash)</source>
        <translation>in Segment %1 (nicht im Arbeitsbereich: trifft nie zu, wie in Unleash)</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>the local socket</source>
        <translation>der lokale Socket</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>The host %1 cannot be reached: check its name and the network.</source>
        <translation>Der Host %1 ist nicht erreichbar: Prüfen Sie seinen Namen und das Netzwerk.</translation>
    </message>
    <message>
        <source>The connection was refused at %1: is PostgreSQL running there, and is the port right?</source>
        <translation>Die Verbindung zu %1 wurde abgewiesen: Läuft PostgreSQL dort, und stimmt der Port?</translation>
    </message>
    <message>
        <source>The server asks for the password of user %1.</source>
        <translation>Der Server verlangt das Passwort des Benutzers %1.</translation>
    </message>
    <message>
        <source>Authentication failed: the server did not accept user %1 with this password (or does not let that user in from here).</source>
        <translation>Anmeldung fehlgeschlagen: Der Server hat den Benutzer %1 mit diesem Passwort nicht angenommen (oder lässt ihn von hier aus nicht zu).</translation>
    </message>
    <message>
        <source>The server has no database named %1.</source>
        <translation>Der Server hat keine Datenbank namens %1.</translation>
    </message>
    <message>
        <source>The database holds a workspace from a newer Pennon; update Pennon to open it.</source>
        <translation>Die Datenbank enthält einen Arbeitsbereich einer neueren Pennon-Version; aktualisieren Sie Pennon, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Connected, but the workspace cannot be read.</source>
        <translation>Verbunden, aber der Arbeitsbereich kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database holds a workspace of schema version %1, newer than this Pennon understands (%2); update Pennon to open it.</source>
        <translation>Die Datenbank enthält einen Arbeitsbereich mit Schemaversion %1, neuer als diese Pennon-Version versteht (%2); aktualisieren Sie Pennon, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Connected to %1. The database has no Pennon workspace yet: Connect creates one.</source>
        <translation>Verbunden mit %1. Die Datenbank hat noch keinen Pennon-Arbeitsbereich: „Verbinden“ legt einen an.</translation>
    </message>
    <message>
        <source>Connected to %1. The database holds a Pennon workspace (schema version %2).</source>
        <translation>Verbunden mit %1. Die Datenbank enthält einen Pennon-Arbeitsbereich (Schemaversion %2).</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>an attribute must be a string, number, boolean, list of strings or null</source>
        <translation>ein Attribut muss eine Zeichenkette, eine Zahl, ein Wahrheitswert, eine Liste von Zeichenketten oder null sein</translation>
    </message>
    <message>
        <source>a context must be a JSON object</source>
        <translation>ein Kontext muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object</source>
        <translation>&quot;properties&quot; muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>CsvContexts</name>
    <message>
        <source>further errors are not shown</source>
        <translation>weitere Fehler werden nicht angezeigt</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>a quote inside an unquoted cell; quote the whole cell and write the quote as &quot;&quot;</source>
        <translation>Anführungszeichen in einer Zelle ohne Anführungszeichen; die ganze Zelle in Anführungszeichen setzen und das Anführungszeichen als &quot;&quot; schreiben</translation>
    </message>
    <message>
        <source>the quoted cell is never closed</source>
        <translation>die Zelle in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a cell</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen einer Zelle</translation>
    </message>
    <message>
        <source>the header row must name an attribute in every column</source>
        <translation>die Kopfzeile muss in jeder Spalte ein Attribut nennen</translation>
    </message>
    <message>
        <source>the attribute &quot;%1&quot; is named twice in the header row</source>
        <translation>das Attribut &quot;%1&quot; steht zweimal in der Kopfzeile</translation>
    </message>
    <message>
        <source>the file is empty; its first row must name the attributes</source>
        <translation>die Datei ist leer; ihre erste Zeile muss die Attribute nennen</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n cell(s); the header row has %1</source>
        <translation>
            <numerusform>die Zeile hat %n Zelle; die Kopfzeile hat %1</numerusform>
            <numerusform>die Zeile hat %n Zellen; die Kopfzeile hat %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the cell is not valid UTF-8</source>
        <translation>die Zelle ist kein gültiges UTF-8</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>database URL &quot;%1&quot;: the SQLite file path is missing (sqlite:PATH)</source>
        <translation>Datenbank-URL &quot;%1&quot;: der Pfad der SQLite-Datei fehlt (sqlite:PFAD)</translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: unknown scheme; use sqlite:PATH or postgresql://[user[:password]@]host[:port]/dbname</source>
        <translation>Datenbank-URL &quot;%1&quot;: unbekanntes Schema; sqlite:PFAD oder postgresql://[user[:password]@]host[:port]/dbname verwenden</translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the database name is missing (…/dbname)</source>
        <translation>Datenbank-URL &quot;%1&quot;: der Datenbankname fehlt (…/dbname)</translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the database name may not contain &apos;/&apos;, &apos;?&apos; or &apos;#&apos;</source>
        <translation>Datenbank-URL &quot;%1&quot;: der Datenbankname darf weder &apos;/&apos;, &apos;?&apos; noch &apos;#&apos; enthalten</translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the database name is missing or badly encoded</source>
        <translation>Datenbank-URL &quot;%1&quot;: der Datenbankname fehlt oder ist falsch kodiert</translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the user name is empty or badly encoded</source>
        <translation>Datenbank-URL &quot;%1&quot;: der Benutzername ist leer oder falsch kodiert</translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the password is badly encoded</source>
        <translation>Datenbank-URL &quot;%1&quot;: das Passwort ist falsch kodiert</translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the IPv6 host lacks its closing &apos;]&apos;</source>
        <translation>Datenbank-URL &quot;%1&quot;: dem IPv6-Host fehlt die schließende &apos;]&apos;</translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: unexpected text after the host</source>
        <translation>Datenbank-URL &quot;%1&quot;: unerwarteter Text nach dem Host</translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the host is badly encoded</source>
        <translation>Datenbank-URL &quot;%1&quot;: der Host ist falsch kodiert</translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the port &quot;%2&quot; is not a number from 1 to 65535</source>
        <translation>Datenbank-URL &quot;%1&quot;: der Port &quot;%2&quot; ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>PENNON_DB: %1</source>
        <translation>PENNON_DB: %1</translation>
    </message>
</context>
<context>
    <name>DbCommands</name>
    <message>
        <source>pennonctl: %1</source>
        <translation>pennonctl: %1</translation>
    </message>
    <message>
        <source>Try &apos;pennonctl %1 --help&apos; for more information.</source>
        <translation>Mehr dazu mit &quot;pennonctl %1 --help&quot;.</translation>
    </message>
    <message>
        <source>Create the workspace database&apos;s schema, or migrate it to this Pennon&apos;s version. Running it again changes nothing.</source>
        <translation>Das Schema der Arbeitsbereich-Datenbank anlegen oder auf die Version dieses Pennon migrieren. Ein zweiter Aufruf ändert nichts.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>workspace database ready: %1</source>
        <translation>Arbeitsbereich-Datenbank bereit: %1</translation>
    </message>
    <message>
        <source>The audit history, newest first: every change with who, when, the versions and the comment.</source>
        <translation>Der Änderungsverlauf, neueste zuerst: jede Änderung mit wer, wann, den Versionen und dem Kommentar.</translation>
    </message>
    <message>
        <source>A JSON array of {id, time, actor, kind, key, versionBefore, versionAfter, comment, revertOf, before?, after?}.</source>
        <translation>Ein JSON-Array aus {id, time, actor, kind, key, versionBefore, versionAfter, comment, revertOf, before?, after?}.</translation>
    </message>
    <message>
        <source>At most N changes.</source>
        <translation>Höchstens N Änderungen.</translation>
    </message>
    <message>
        <source>Only the changes of this object</source>
        <translation>Nur die Änderungen dieses Objekts</translation>
    </message>
    <message>
        <source>history takes at most one KEY</source>
        <translation>history nimmt höchstens einen KEY</translation>
    </message>
    <message>
        <source>--limit must be a whole number of 1 or more, not &apos;%1&apos;</source>
        <translation>--limit muss eine ganze Zahl ab 1 sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(reverts %1)</source>
        <translation>(nimmt %1 zurück)</translation>
    </message>
    <message>
        <source>Revert one change of the history. The revert is a change of its own; it is refused when the object has changed since.</source>
        <translation>Eine Änderung des Verlaufs zurücknehmen. Das ist selbst eine Änderung; sie wird abgelehnt, wenn sich das Objekt seither geändert hat.</translation>
    </message>
    <message>
        <source>Comment stored with the revert in the history.</source>
        <translation>Kommentar, der mit der Rücknahme im Verlauf gespeichert wird.</translation>
    </message>
    <message>
        <source>The id of the change (see pennonctl history)</source>
        <translation>Die Nummer der Änderung (siehe pennonctl history)</translation>
    </message>
    <message>
        <source>revert takes exactly one CHANGE_ID</source>
        <translation>revert nimmt genau eine CHANGE_ID</translation>
    </message>
    <message>
        <source>a change id is a whole number of 1 or more, not &apos;%1&apos;</source>
        <translation>eine Änderungsnummer ist eine ganze Zahl ab 1, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>pennonctl: unknown change %1</source>
        <translation>pennonctl: unbekannte Änderung %1</translation>
    </message>
    <message>
        <source>reverted change %1 as change %2: %3 %4 %5</source>
        <translation>Änderung %1 als Änderung %2 zurückgenommen: %3 %4 %5</translation>
    </message>
</context>
<context>
    <name>DefaultWorkspace</name>
    <message>
        <source>the demo workspace cannot be read: %1</source>
        <translation>der Demo-Arbeitsbereich kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the demo workspace is not valid</source>
        <translation>der Demo-Arbeitsbereich ist ungültig</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>segments nested deeper than %1 levels</source>
        <translation>Segmente tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>no activation plugin of type &quot;%1&quot; is loaded</source>
        <translation>kein Aktivierungs-Plugin vom Typ &quot;%1&quot; geladen</translation>
    </message>
    <message>
        <source>plugin &quot;%1&quot; rejects its configuration: %2</source>
        <translation>Plugin &quot;%1&quot; lehnt seine Konfiguration ab: %2</translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; depends on itself through prerequisites</source>
        <translation>Flag &quot;%1&quot; hängt über Voraussetzungen von sich selbst ab</translation>
    </message>
    <message>
        <source>%1: the condition never holds</source>
        <translation>%1: die Bedingung trifft nie zu</translation>
    </message>
    <message>
        <source>%1: it serves nothing</source>
        <translation>%1: es wird nichts ausgeliefert</translation>
    </message>
    <message>
        <source>unknown variation &quot;%1&quot;: the flag evaluates as ERROR</source>
        <translation>unbekannte Variante &quot;%1&quot;: das Flag wird als ERROR ausgewertet</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; is not one Unleash SDKs know: false, negated or not</source>
        <translation>Operator &quot;%1&quot; ist keiner, den Unleash-SDKs kennen: falsch, negiert oder nicht</translation>
    </message>
    <message>
        <source>skipped: the rule is disabled</source>
        <translation>übersprungen: die Regel ist deaktiviert</translation>
    </message>
</context>
<context>
    <name>EnvironmentChanges</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>An environment needs a key.</source>
        <translation>Eine Umgebung braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>There is an environment with the key %1 already.</source>
        <translation>Es gibt schon eine Umgebung mit dem Schlüssel %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There are two environments with the key %1.</source>
        <translation>Es gibt zwei Umgebungen mit dem Schlüssel %1.</translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation>%1 braucht einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed while %n flag(s) are on there: %2. Switch them off first.</source>
        <translation>
            <numerusform>%1 kann nicht entfernt werden, solange dort %n Flag an ist: %2. Schalten Sie es zuerst aus.</numerusform>
            <numerusform>%1 kann nicht entfernt werden, solange dort %n Flags an sind: %2. Schalten Sie sie zuerst aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed while %n flag(s) with unsaved changes are configured there: %2. Save or discard the changes first.</source>
        <translation>
            <numerusform>%1 kann nicht entfernt werden, solange dort %n Flag mit ungespeicherten Änderungen konfiguriert ist: %2. Speichern oder verwerfen Sie die Änderungen zuerst.</numerusform>
            <numerusform>%1 kann nicht entfernt werden, solange dort %n Flags mit ungespeicherten Änderungen konfiguriert sind: %2. Speichern oder verwerfen Sie die Änderungen zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add environment %1</source>
        <translation>Umgebung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add environment %1 (%2)</source>
        <translation>Umgebung %1 (%2) hinzufügen</translation>
    </message>
    <message>
        <source>Protect %1</source>
        <translation>%1 schützen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Unprotect %1</source>
        <translation>Schutz von %1 aufheben</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 an Position %2 verschieben</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 (%n flag(s) lose their configuration there)</source>
        <translation>
            <numerusform>%1 entfernen (%n Flag verliert dort seine Konfiguration)</numerusform>
            <numerusform>%1 entfernen (%n Flags verlieren dort ihre Konfiguration)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>Evaluate flags for contexts; one JSON object per line for each (context, flag) pair, in input order.</source>
        <translation>Flags für Kontexte auswerten; eine Zeile mit einem JSON-Objekt je Paar (Kontext, Flag), in der Reihenfolge der Eingabe.</translation>
    </message>
    <message>
        <source>Evaluate this flag only (default: every flag).</source>
        <translation>Nur dieses Flag auswerten (Vorgabe: alle Flags).</translation>
    </message>
    <message>
        <source>One context as a JSON object.</source>
        <translation>Ein Kontext als JSON-Objekt.</translation>
    </message>
    <message>
        <source>Contexts as JSON Lines, one object per line (- for standard input).</source>
        <translation>Kontexte als JSON Lines, ein Objekt pro Zeile (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>native (default) or unleash: Unleash-shaped contexts and answers.</source>
        <translation>native (Vorgabe) oder unleash: Kontexte und Antworten im Unleash-Format.</translation>
    </message>
    <message>
        <source>Add the trace of every rule and condition visited.</source>
        <translation>Die Ablaufverfolgung jeder geprüften Regel und Bedingung hinzufügen.</translation>
    </message>
    <message>
        <source>pennonctl: %1</source>
        <translation>pennonctl: %1</translation>
    </message>
    <message>
        <source>unknown dialect &apos;%1&apos; (expected native or unleash)</source>
        <translation>unbekannter Dialekt &apos;%1&apos; (erwartet: native oder unleash)</translation>
    </message>
    <message>
        <source>--trace is available in the native dialect only</source>
        <translation>--trace ist nur im Dialekt native verfügbar</translation>
    </message>
    <message>
        <source>The context of a persona saved in the workspace (Simulate ▸ Persona…).</source>
        <translation>Der Kontext einer im Arbeitsbereich gespeicherten Persona (Simulation ▸ Persona …).</translation>
    </message>
    <message>
        <source>give exactly one of --context JSON, --contexts FILE and --persona KEY</source>
        <translation>genau eine der Optionen --context JSON, --contexts FILE und --persona KEY angeben</translation>
    </message>
    <message>
        <source>pennonctl: no persona &apos;%1&apos; in the workspace (saved personas: %2)</source>
        <translation>pennonctl: keine Persona &apos;%1&apos; im Arbeitsbereich (gespeicherte Personas: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write to FILE (replaced only when the export is complete) instead of standard output.</source>
        <translation>In FILE schreiben (erst ersetzt, wenn der Export vollständig ist) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>pennonctl: cannot write %1: %2</source>
        <translation>pennonctl: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Keep the stored record versions (by default they are written as 0, so that an export holds configuration only and diffs well).</source>
        <translation>Die gespeicherten Versionen behalten (sonst werden sie als 0 geschrieben, damit ein Export nur Konfiguration enthält und sich gut vergleichen lässt).</translation>
    </message>
    <message>
        <source>Export the workspace. Every format is deterministic: the same workspace gives the same bytes. Pennon JSON (native) is lossless; flagd and unleash write one environment (--env, or the only one) as flagd flag definitions or an Unleash client-API feature state that flagd or an Unleash SDK evaluates exactly as Pennon does, refusing (exit 2) every flag the format cannot express, each named with the reason; csv is a summary, one row per flag and environment (all environments, or --env).</source>
        <translation>Den Arbeitsbereich exportieren. Jedes Format ist deterministisch: derselbe Arbeitsbereich ergibt dieselben Bytes. Pennon JSON (native) ist verlustfrei; flagd und unleash schreiben eine Umgebung (--env oder die einzige) als flagd-Flag-Definitionen bzw. als Feature-Zustand der Unleash-Client-API, sodass flagd bzw. ein Unleash-SDK genau so auswertet wie Pennon; jedes Flag, das das Format nicht abbilden kann, wird mit Begründung genannt und abgelehnt (Rückgabewert 2); csv ist eine Übersicht, eine Zeile je Flag und Umgebung (alle Umgebungen oder --env).</translation>
    </message>
    <message>
        <source>Output format: native (default), flagd, unleash or csv.</source>
        <translation>Ausgabeformat: native (Vorgabe), flagd, unleash oder csv.</translation>
    </message>
    <message>
        <source>flagd, unleash: leave out the flags the format cannot express exactly (listed on standard error) and export the rest.</source>
        <translation>flagd, unleash: die Flags auslassen, die das Format nicht exakt abbilden kann (aufgelistet auf der Standardfehlerausgabe), und den Rest exportieren.</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (expected native, flagd, unleash or csv)</source>
        <translation>unbekanntes Exportformat &apos;%1&apos; (erwartet: native, flagd, unleash oder csv)</translation>
    </message>
    <message>
        <source>pennonctl: export: %1</source>
        <translation>pennonctl: export: %1</translation>
    </message>
    <message>
        <source>pennonctl: export: skipped %1</source>
        <translation>pennonctl: export: ausgelassen: %1</translation>
    </message>
    <message>
        <source>pennonctl: export: warning: %1</source>
        <translation>pennonctl: export: Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>pennonctl: export: %n flag(s) cannot be expressed in %1 exactly; nothing written (--lenient leaves them out)</source>
        <translation>
            <numerusform>pennonctl: export: %1 kann %n Flag nicht exakt abbilden; nichts geschrieben (--lenient lässt es aus)</numerusform>
            <numerusform>pennonctl: export: %1 kann %n Flags nicht exakt abbilden; nichts geschrieben (--lenient lässt sie aus)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagChangeText</name>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>when %1, serves %2</source>
        <translation>wenn %1, liefert %2</translation>
    </message>
    <message>
        <source>New flag “%1” of type %2 with the variations %3, off in every environment</source>
        <translation>Neues Flag „%1“ vom Typ %2 mit den Varianten %3, in jeder Umgebung aus</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>No longer archived</source>
        <translation>Nicht mehr archiviert</translation>
    </message>
    <message>
        <source>Variation %1 added: %2</source>
        <translation>Variante %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Variation %1: %2 → %3</source>
        <translation>Variante %1: %2 → %3</translation>
    </message>
    <message>
        <source>Variation %1 description: %2 → %3</source>
        <translation>Beschreibung der Variante %1: %2 → %3</translation>
    </message>
    <message>
        <source>Variation %1 removed</source>
        <translation>Variante %1 entfernt</translation>
    </message>
    <message>
        <source>%1: configured</source>
        <translation>%1: konfiguriert</translation>
    </message>
    <message>
        <source>%1: no longer configured</source>
        <translation>%1: nicht mehr konfiguriert</translation>
    </message>
    <message>
        <source>%1: turned on</source>
        <translation>%1: eingeschaltet</translation>
    </message>
    <message>
        <source>%1: turned off</source>
        <translation>%1: ausgeschaltet</translation>
    </message>
    <message>
        <source>%1: off variation %2 → %3</source>
        <translation>%1: Aus-Variante %2 → %3</translation>
    </message>
    <message>
        <source>%1: rule %2 removed (%3)</source>
        <translation>%1: Regel %2 entfernt (%3)</translation>
    </message>
    <message>
        <source>%1: rule %2 added: %3</source>
        <translation>%1: Regel %2 hinzugefügt: %3</translation>
    </message>
    <message>
        <source>%1: rule %2: %3 → %4</source>
        <translation>%1: Regel %2: %3 → %4</translation>
    </message>
    <message>
        <source>%1: otherwise serves %2 → %3</source>
        <translation>%1: liefert sonst %2 → %3</translation>
    </message>
    <message>
        <source>%1: rule %2 disabled</source>
        <translation>%1: Regel %2 deaktiviert</translation>
    </message>
    <message>
        <source>%1: rule %2 enabled</source>
        <translation>%1: Regel %2 aktiviert</translation>
    </message>
    <message>
        <source>New flag “%1” of type %2 with the variations %3</source>
        <translation>Neues Flag „%1“ vom Typ %2 mit den Varianten %3</translation>
    </message>
</context>
<context>
    <name>FlagCommand</name>
    <message>
        <source>pennonctl: %1</source>
        <translation>pennonctl: %1</translation>
    </message>
    <message>
        <source>Try &apos;pennonctl flag %1 --help&apos; for more information.</source>
        <translation>Mehr dazu mit &quot;pennonctl flag %1 --help&quot;.</translation>
    </message>
    <message>
        <source>Usage: pennonctl flag list [--json] | get KEY | put FILE|-</source>
        <translation>Aufruf: pennonctl flag list [--json] | get KEY | put FILE|-</translation>
    </message>
    <message>
        <source>&apos;pennonctl flag SUBCOMMAND --help&apos; describes a subcommand&apos;s options.</source>
        <translation>&quot;pennonctl flag UNTERBEFEHL --help&quot; beschreibt die Optionen eines Unterbefehls.</translation>
    </message>
    <message>
        <source>flag needs a subcommand: list, get or put</source>
        <translation>flag braucht einen Unterbefehl: list, get oder put</translation>
    </message>
    <message>
        <source>unknown flag subcommand &apos;%1&apos; (expected list, get or put)</source>
        <translation>unbekannter flag-Unterbefehl &quot;%1&quot; (erwartet: list, get oder put)</translation>
    </message>
    <message>
        <source>Try &apos;pennonctl flag --help&apos; for more information.</source>
        <translation>Mehr dazu mit &quot;pennonctl flag --help&quot;.</translation>
    </message>
    <message>
        <source>List the workspace&apos;s flags: key, type, on/off per environment, name.</source>
        <translation>Die Flags des Arbeitsbereichs auflisten: Schlüssel, Typ, an/aus je Umgebung, Name.</translation>
    </message>
    <message>
        <source>A JSON array of {key, name, type, archived, version, environments: {ENV: on}}.</source>
        <translation>Ein JSON-Array aus {key, name, type, archived, version, environments: {ENV: on}}.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Print one flag as Pennon JSON, all environments, with its &quot;version&quot;.</source>
        <translation>Ein Flag als Pennon-JSON ausgeben, alle Umgebungen, mit seiner &quot;version&quot;.</translation>
    </message>
    <message>
        <source>The flag&apos;s key</source>
        <translation>Der Schlüssel des Flags</translation>
    </message>
    <message>
        <source>flag get takes exactly one KEY</source>
        <translation>flag get nimmt genau einen KEY</translation>
    </message>
    <message>
        <source>pennonctl: unknown flag &apos;%1&apos;</source>
        <translation>pennonctl: unbekanntes Flag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Create or update one flag from Pennon JSON. With a &quot;version&quot; field the save is conditional: it happens only while the stored version is that one (0: only if the flag does not exist yet); without one the flag is created or overwritten.</source>
        <translation>Ein Flag aus Pennon-JSON anlegen oder ändern. Mit einem Feld &quot;version&quot; wird nur gespeichert, solange die gespeicherte Version diese ist (0: nur wenn es das Flag noch nicht gibt); ohne wird das Flag angelegt oder überschrieben.</translation>
    </message>
    <message>
        <source>Comment stored with the change in the history.</source>
        <translation>Kommentar, der mit der Änderung im Verlauf gespeichert wird.</translation>
    </message>
    <message>
        <source>Pennon JSON of one flag, or - for standard input</source>
        <translation>Pennon-JSON eines Flags, oder - für die Standardeingabe</translation>
    </message>
    <message>
        <source>flag put takes exactly one FILE (or - for standard input)</source>
        <translation>flag put nimmt genau eine FILE (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>a version is 0 or more</source>
        <translation>eine Version ist 0 oder größer</translation>
    </message>
    <message>
        <source>saved flag %1: version %2</source>
        <translation>Flag %1 gespeichert: Version %2</translation>
    </message>
</context>
<context>
    <name>FlagText</name>
    <message>
        <source>Boolean</source>
        <translation>Boolesch</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>variation %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>a split by %1 (%2): %3</source>
        <translation>eine Aufteilung nach %1 (%2): %3</translation>
    </message>
    <message>
        <source>a split at random (%1): %2</source>
        <translation>eine zufällige Aufteilung (%1): %2</translation>
    </message>
    <message>
        <source>%1; without the attribute: an empty value</source>
        <translation>%1; ohne das Attribut: ein leerer Wert</translation>
    </message>
    <message>
        <source>%1; without the attribute: the off variation</source>
        <translation>%1; ohne das Attribut: die Aus-Variante</translation>
    </message>
    <message>
        <source>%1; without the attribute: at random</source>
        <translation>%1; ohne das Attribut: zufällig</translation>
    </message>
    <message>
        <source>%1; salt %2</source>
        <translation>%1; Salt %2</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <comment>variation, share in percent</comment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 %2 % (%3 of %4)</source>
        <comment>variation, share in percent, weight, total</comment>
        <translation>%1 %2 % (%3 von %4)</translation>
    </message>
    <message>
        <source>no value (the application&apos;s default)</source>
        <translation>kein Wert (der Standardwert der Anwendung)</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>error %1 (kept from &quot;%2&quot;)</source>
        <translation>Fehler %1 (übernommen aus &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: off variation</source>
        <translation>%1: Aus-Variante</translation>
    </message>
    <message>
        <source>%1: rule %2</source>
        <translation>%1: Regel %2</translation>
    </message>
    <message>
        <source>%1: what it serves otherwise</source>
        <translation>%1: was es sonst liefert</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <comment>a rule&apos;s text or title; the rule is kept but skipped in evaluation</comment>
        <translation>%1 (deaktiviert)</translation>
    </message>
</context>
<context>
    <name>FlagdExport</name>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>default serve</source>
        <translation>Standardauslieferung</translation>
    </message>
    <message>
        <source>segments nested deeper than %1 levels</source>
        <translation>Segmente tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>condition %1</source>
        <translation>Bedingung %1</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>unbekanntes Segment &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown library activation &quot;%1&quot;</source>
        <translation>unbekannte Aktivierung aus der Bibliothek &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bucketing scheme %1 (flagd buckets with its own scheme only)</source>
        <translation>Bucketing-Verfahren %1 (flagd bildet Buckets nur nach eigenem Verfahren)</translation>
    </message>
    <message>
        <source>absence policy random (flagd has no random buckets)</source>
        <translation>Verhalten bei Fehlen random (flagd kennt keine zufälligen Buckets)</translation>
    </message>
    <message>
        <source>no stickiness attribute (flagd has no random buckets)</source>
        <translation>kein Stickiness-Attribut (flagd kennt keine zufälligen Buckets)</translation>
    </message>
    <message>
        <source>the salt &quot;%1&quot; is not ASCII (flagd-core hashes UTF-16 code units, Pennon UTF-8 bytes)</source>
        <translation>Salt &quot;%1&quot; ist kein ASCII (flagd-core hasht UTF-16-Codeeinheiten, Pennon UTF-8-Bytes)</translation>
    </message>
    <message>
        <source>negative weight for variation &quot;%1&quot;</source>
        <translation>negatives Gewicht für Variante &quot;%1&quot;</translation>
    </message>
    <message>
        <source>split weights sum to %1 of %2 (flagd needs a total from 1 to 2147483647)</source>
        <translation>die Gewichte der Aufteilung ergeben in Summe %1 von %2 (flagd braucht eine Summe von 1 bis 2147483647)</translation>
    </message>
    <message>
        <source>regex conditions cannot be expressed in flagd</source>
        <translation>Bedingungen mit regulären Ausdrücken lassen sich in flagd nicht abbilden</translation>
    </message>
    <message>
        <source>schedules cannot be expressed in flagd</source>
        <translation>Zeitpläne lassen sich in flagd nicht abbilden</translation>
    </message>
    <message>
        <source>IP/CIDR conditions cannot be expressed in flagd</source>
        <translation>IP/CIDR-Bedingungen lassen sich in flagd nicht abbilden</translation>
    </message>
    <message>
        <source>prerequisites cannot be expressed in flagd (targeting cannot evaluate another flag)</source>
        <translation>Voraussetzungen lassen sich in flagd nicht abbilden (das Targeting kann kein anderes Flag auswerten)</translation>
    </message>
    <message>
        <source>plugin &quot;%1&quot; cannot be expressed in flagd</source>
        <translation>Plugin &quot;%1&quot; lässt sich in flagd nicht abbilden</translation>
    </message>
    <message>
        <source>operator REGEX cannot be expressed in flagd (only patterns of fixed text, as the flagd import writes them)</source>
        <translation>Operator REGEX lässt sich in flagd nicht abbilden (nur Muster aus festem Text, wie sie der flagd-Import schreibt)</translation>
    </message>
    <message>
        <source>operator %1 with caseInsensitive (flagd compares case-sensitively)</source>
        <translation>Operator %1 mit caseInsensitive (flagd unterscheidet Groß- und Kleinschreibung)</translation>
    </message>
    <message>
        <source>operator %1 cannot be expressed in flagd</source>
        <translation>Operator %1 lässt sich in flagd nicht abbilden</translation>
    </message>
    <message>
        <source>a variation has an empty key</source>
        <translation>eine Variante hat einen leeren Schlüssel</translation>
    </message>
    <message>
        <source>variation &quot;%1&quot; is not a JSON object (flagd&apos;s object flags hold objects only)</source>
        <translation>Variante &quot;%1&quot; ist kein JSON-Objekt (die Objekt-Flags von flagd enthalten nur Objekte)</translation>
    </message>
    <message>
        <source>no variations</source>
        <translation>keine Varianten</translation>
    </message>
    <message>
        <source>no environment &quot;%1&quot; in the workspace</source>
        <translation>keine Umgebung &quot;%1&quot; im Arbeitsbereich</translation>
    </message>
    <message>
        <source>not configured in environment &quot;%1&quot;</source>
        <translation>in Umgebung &quot;%1&quot; nicht konfiguriert</translation>
    </message>
    <message>
        <source>%1 hold in flagd for JSON numbers only: Pennon also compares a decimal string such as &quot;17&quot;, which flagd answers as not holding</source>
        <translation>%1 treffen in flagd nur bei JSON-Zahlen zu: Pennon vergleicht auch eine Dezimalzahl als Zeichenkette wie &quot;17&quot;, die flagd als nicht zutreffend wertet</translation>
    </message>
    <message>
        <source>SEMVER_* become flagd&apos;s sem_ver, which also reads malformed versions such as &quot;v1.2.3&quot; or &quot;1.2&quot; that Pennon&apos;s strict Semantic Versions reject</source>
        <translation>SEMVER_* werden zu sem_ver von flagd, das auch fehlerhafte Versionen wie &quot;v1.2.3&quot; oder &quot;1.2&quot; liest, die Pennon mit strikter semantischer Versionierung ablehnt</translation>
    </message>
    <message>
        <source>serves PARSE_ERROR in a rule: flagd answers it for every context or none</source>
        <translation>liefert PARSE_ERROR in einer Regel: flagd antwortet damit für jeden Kontext oder für keinen</translation>
    </message>
    <message>
        <source>serves PARSE_ERROR in a split: flagd answers it for every context or none</source>
        <translation>liefert PARSE_ERROR in einer Aufteilung: flagd antwortet damit für jeden Kontext oder für keinen</translation>
    </message>
    <message>
        <source>serves PARSE_ERROR after rules: flagd answers it for every context or none</source>
        <translation>liefert PARSE_ERROR nach Regeln: flagd antwortet damit für jeden Kontext oder für keinen</translation>
    </message>
    <message>
        <source>operator %1 with an instant flagd&apos;s $flagd.timestamp (whole seconds) cannot express exactly: it takes %2 on a whole second</source>
        <translation>Operator %1 mit einem Zeitpunkt, den flagds $flagd.timestamp (ganze Sekunden) nicht genau ausdrücken kann: er braucht %2 auf einer ganzen Sekunde</translation>
    </message>
    <message>
        <source>an instant one millisecond before</source>
        <translation>einen Zeitpunkt eine Millisekunde vor</translation>
    </message>
    <message>
        <source>an instant</source>
        <translation>einen Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>FlagdImport</name>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <source>%1 (in flag &quot;%2&quot;)</source>
        <translation>%1 (in Flag &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>flag key &quot;%1&quot;: %2</source>
        <translation>Flag-Schlüssel &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>missing &quot;state&quot; (ENABLED or DISABLED)</source>
        <translation>&quot;state&quot; fehlt (ENABLED oder DISABLED)</translation>
    </message>
    <message>
        <source>state must be ENABLED or DISABLED, not %1</source>
        <translation>state muss ENABLED oder DISABLED sein, ist aber %1</translation>
    </message>
    <message>
        <source>unknown variant &quot;%1&quot;</source>
        <translation>unbekannte Variante &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the targeting needs more than %1 rules</source>
        <translation>das Targeting braucht mehr als %1 Regeln</translation>
    </message>
    <message>
        <source>missing &quot;variants&quot;</source>
        <translation>&quot;variants&quot; fehlt</translation>
    </message>
    <message>
        <source>a flag needs at least one variant</source>
        <translation>ein Flag braucht mindestens eine Variante</translation>
    </message>
    <message>
        <source>must be the name of an evaluator, not %1</source>
        <translation>muss der Name eines Evaluators sein, ist aber %1</translation>
    </message>
    <message>
        <source>unknown evaluator &quot;%1&quot;</source>
        <translation>unbekannter Evaluator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a $ref inside an evaluator is not supported: flagd resolves it or not depending on the order of $evaluators in the file</source>
        <translation>ein $ref innerhalb eines Evaluators wird nicht unterstützt: ob flagd ihn auflöst, hängt von der Reihenfolge der $evaluators in der Datei ab</translation>
    </message>
    <message>
        <source>targeting must give a variant name, not %1</source>
        <translation>das Targeting muss einen Variantennamen ergeben, ergibt aber %1</translation>
    </message>
    <message>
        <source>targeting must give a variant name, not a list</source>
        <translation>das Targeting muss einen Variantennamen ergeben, keine Liste</translation>
    </message>
    <message>
        <source>an expression has exactly one operator</source>
        <translation>ein Ausdruck hat genau einen Operator</translation>
    </message>
    <message>
        <source>the condition needs more than %1 rules</source>
        <translation>die Bedingung braucht mehr als %1 Regeln</translation>
    </message>
    <message>
        <source>targeting gives true or false here, which name no variants of this flag: flagd answers an error</source>
        <translation>das Targeting ergibt hier true oder false, die keine Variante dieses Flags benennen: flagd antwortet mit einem Fehler</translation>
    </message>
    <message>
        <source>a variant chosen by the context (&quot;%1&quot;) cannot be expressed: Pennon serves variations the rules name</source>
        <translation>eine vom Kontext gewählte Variante (&quot;%1&quot;) lässt sich nicht abbilden: Pennon liefert die Varianten, die die Regeln nennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used here</source>
        <translation>&quot;%1&quot; kann hier nicht verwendet werden</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; is not supported</source>
        <translation>Operator &quot;%1&quot; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&quot;fractional&quot; needs a list of [variant, weight] buckets</source>
        <translation>&quot;fractional&quot; braucht eine Liste von [variant, weight]-Buckets</translation>
    </message>
    <message>
        <source>a bucketing expression of a bare &quot;var&quot; hashes the value without a salt, which Pennon cannot (an empty salt means the flag key); use {&quot;cat&quot;: [salt, {&quot;var&quot;: ...}]}</source>
        <translation>ein Bucketing-Ausdruck aus einem bloßen &quot;var&quot; hasht den Wert ohne Salt, was Pennon nicht kann (ein leeres Salt bedeutet den Flag-Schlüssel); {&quot;cat&quot;: [salt, {&quot;var&quot;: ...}]} verwenden</translation>
    </message>
    <message>
        <source>a bucketing expression must be a &quot;cat&quot; of a salt and one &quot;var&quot;</source>
        <translation>ein Bucketing-Ausdruck muss ein &quot;cat&quot; aus einem Salt und einem &quot;var&quot; sein</translation>
    </message>
    <message>
        <source>a bucketing expression&apos;s parts must be strings, numbers or attributes</source>
        <translation>die Teile eines Bucketing-Ausdrucks müssen Zeichenketten, Zahlen oder Attribute sein</translation>
    </message>
    <message>
        <source>text after the attribute in a bucketing expression cannot be expressed: Pennon hashes salt + value</source>
        <translation>Text nach dem Attribut in einem Bucketing-Ausdruck lässt sich nicht abbilden: Pennon hasht Salt + Wert</translation>
    </message>
    <message>
        <source>a bucketing expression with more than one attribute cannot be expressed</source>
        <translation>ein Bucketing-Ausdruck mit mehr als einem Attribut lässt sich nicht abbilden</translation>
    </message>
    <message>
        <source>a bucketing expression without a salt cannot be expressed: Pennon&apos;s empty salt means the flag key</source>
        <translation>ein Bucketing-Ausdruck ohne Salt lässt sich nicht abbilden: ein leeres Salt bedeutet bei Pennon den Flag-Schlüssel</translation>
    </message>
    <message>
        <source>a bucketing expression must be a &quot;cat&quot; or a bucket, not %1</source>
        <translation>ein Bucketing-Ausdruck muss ein &quot;cat&quot; oder ein Bucket sein, ist aber %1</translation>
    </message>
    <message>
        <source>a bucket must be [variant, weight] or [variant]</source>
        <translation>ein Bucket muss [variant, weight] oder [variant] sein</translation>
    </message>
    <message>
        <source>a weight must be a whole number</source>
        <translation>ein Gewicht muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>variant &quot;%1&quot; has two separate buckets, which a Pennon split cannot express</source>
        <translation>Variante &quot;%1&quot; hat zwei getrennte Buckets, was eine Pennon-Aufteilung nicht abbilden kann</translation>
    </message>
    <message>
        <source>&quot;fractional&quot; needs at least one bucket</source>
        <translation>&quot;fractional&quot; braucht mindestens einen Bucket</translation>
    </message>
    <message>
        <source>the weights sum to %1, outside 1..%2: flagd serves the defaultVariant here, and so does the import</source>
        <translation>die Gewichte ergeben in Summe %1, außerhalb von 1..%2: flagd liefert hier die defaultVariant, der Import ebenso</translation>
    </message>
    <message>
        <source>a list may hold only strings, numbers, booleans and null</source>
        <translation>eine Liste darf nur Zeichenketten, Zahlen, Wahrheitswerte und null enthalten</translation>
    </message>
    <message>
        <source>&quot;var&quot; takes a name and an optional default</source>
        <translation>&quot;var&quot; nimmt einen Namen und einen optionalen Vorgabewert</translation>
    </message>
    <message>
        <source>a default value must be a string, number, boolean or null</source>
        <translation>ein Vorgabewert muss eine Zeichenkette, eine Zahl, ein Wahrheitswert oder null sein</translation>
    </message>
    <message>
        <source>&quot;var&quot; needs the name of a context attribute</source>
        <translation>&quot;var&quot; braucht den Namen eines Kontextattributs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported: Pennon has no such evaluation property</source>
        <translation>&quot;%1&quot; wird nicht unterstützt: Pennon hat keine solche Auswertungseigenschaft</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a nested path into the context, which Pennon&apos;s flat contexts do not have</source>
        <translation>&quot;%1&quot; ist ein verschachtelter Pfad in den Kontext, den Pennons flache Kontexte nicht haben</translation>
    </message>
    <message>
        <source>&quot;cat&quot; of an attribute can only be a bucketing expression</source>
        <translation>&quot;cat&quot; eines Attributs kann nur ein Bucketing-Ausdruck sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be compared: only attributes (&quot;var&quot;) and literals can</source>
        <translation>&quot;%1&quot; kann nicht verglichen werden: nur Attribute (&quot;var&quot;) und Literale können das</translation>
    </message>
    <message>
        <source>a list as a condition is not supported</source>
        <translation>eine Liste als Bedingung wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2 arguments, not %3</source>
        <translation>&quot;%1&quot; nimmt %2 Argumente, nicht %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2 to %3 arguments, not %4</source>
        <translation>&quot;%1&quot; nimmt %2 bis %3 Argumente, nicht %4</translation>
    </message>
    <message>
        <source>an attribute as a condition: flagd counts the strings &quot;0&quot; and &quot;false&quot; as true, Pennon (which compares text) as false</source>
        <translation>ein Attribut als Bedingung: flagd wertet die Zeichenketten &quot;0&quot; und &quot;false&quot; als wahr, Pennon (das Text vergleicht) als falsch</translation>
    </message>
    <message>
        <source>a test for JSON numbers (as Pennon&apos;s flagd export writes NUM_*) reads back as NUM_*, which also holds for a decimal string such as &quot;17&quot;</source>
        <translation>eine Prüfung auf JSON-Zahlen (wie sie Pennons flagd-Export für NUM_* schreibt) wird als NUM_* zurückgelesen, das auch für eine Dezimalzahl als Zeichenkette wie &quot;17&quot; zutrifft</translation>
    </message>
    <message>
        <source>flagd fails to evaluate this comparison, which Pennon cannot reproduce</source>
        <translation>bei diesem Vergleich schlägt die Auswertung in flagd fehl, was Pennon nicht nachbilden kann</translation>
    </message>
    <message>
        <source>flagd fails to evaluate this comparison when the attribute is absent, which Pennon cannot reproduce</source>
        <translation>bei diesem Vergleich schlägt die Auswertung in flagd fehl, wenn das Attribut fehlt, was Pennon nicht nachbilden kann</translation>
    </message>
    <message>
        <source>comparing two attributes with each other cannot be expressed</source>
        <translation>der Vergleich zweier Attribute miteinander lässt sich nicht abbilden</translation>
    </message>
    <message>
        <source>flagd fails to evaluate this comparison</source>
        <translation>bei diesem Vergleich schlägt die Auswertung in flagd fehl</translation>
    </message>
    <message>
        <source>comparing with %1 is not supported</source>
        <translation>der Vergleich mit %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&quot;in&quot; with the attribute as a part of a string longer than %1 characters is not supported</source>
        <translation>&quot;in&quot; mit dem Attribut als Teil einer Zeichenkette mit mehr als %1 Zeichen wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a list or a string, not %1</source>
        <translation>&quot;in&quot; braucht eine Liste oder eine Zeichenkette, nicht %1</translation>
    </message>
    <message>
        <source>&quot;in&quot; looks for a string in the attribute, not %1</source>
        <translation>&quot;in&quot; sucht eine Zeichenkette im Attribut, nicht %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; with the attribute as a part of a string longer than %2 characters is not supported</source>
        <translation>&quot;%1&quot; mit dem Attribut als Teil einer Zeichenkette mit mehr als %2 Zeichen wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number or a string, not %2</source>
        <translation>&quot;%1&quot; braucht eine Zahl oder eine Zeichenkette, nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; with the text &quot;%2&quot; compares as numbers or as text depending on the attribute&apos;s type, which cannot be expressed; compare with a number</source>
        <translation>&quot;%1&quot; mit dem Text &quot;%2&quot; vergleicht je nach Typ des Attributs als Zahl oder als Text, was sich nicht abbilden lässt; mit einer Zahl vergleichen</translation>
    </message>
    <message>
        <source>ordering text with characters outside the Basic Multilingual Plane is not supported</source>
        <translation>Größenvergleiche von Text mit Zeichen außerhalb der Basic Multilingual Plane werden nicht unterstützt</translation>
    </message>
    <message>
        <source>sem_ver&apos;s operator must be a string</source>
        <translation>der Operator von sem_ver muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>a version must be a string</source>
        <translation>eine Version muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>flagd cannot read &quot;%1&quot; as a version: the comparison never holds</source>
        <translation>flagd kann &quot;%1&quot; nicht als Version lesen: der Vergleich trifft nie zu</translation>
    </message>
    <message>
        <source>sem_ver: flagd also reads context values such as &quot;v1.2.3&quot;, &quot;1.2&quot; or &quot; 1.2.3 &quot; as versions; Pennon compares only strict Semantic Versions</source>
        <translation>sem_ver: flagd liest auch Kontextwerte wie &quot;v1.2.3&quot;, &quot;1.2&quot; oder &quot; 1.2.3 &quot; als Versionen; Pennon vergleicht nur strikte semantische Versionen</translation>
    </message>
    <message>
        <source>version %1 is too large</source>
        <translation>Version %1 ist zu groß</translation>
    </message>
    <message>
        <source>environment &quot;%1&quot;: %2</source>
        <translation>Umgebung &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; is not text: not imported</source>
        <translation>Metadaten &quot;%1&quot; sind kein Text: nicht importiert</translation>
    </message>
    <message>
        <source>&quot;var&quot; takes a name and an optional default: flagd ignores the rest, and so does the import</source>
        <translation>&quot;var&quot; nimmt einen Namen und einen optionalen Vorgabewert: flagd übergeht den Rest, der Import ebenso</translation>
    </message>
    <message>
        <source>a list as a condition is supported when it holds only literals and attributes</source>
        <translation>eine Liste als Bedingung wird nur unterstützt, wenn sie nur Literale und Attribute enthält</translation>
    </message>
    <message>
        <source>a list as a condition: flagd counts a list that is not empty as true, the condition always holds</source>
        <translation>eine Liste als Bedingung: flagd wertet eine nicht leere Liste als wahr, die Bedingung trifft immer zu</translation>
    </message>
    <message>
        <source>an empty list as a condition: flagd counts it as false, the condition never holds</source>
        <translation>eine leere Liste als Bedingung: flagd wertet sie als falsch, die Bedingung trifft nie zu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of no conditions gives null, which is false: the condition never holds</source>
        <translation>&quot;%1&quot; ohne Bedingungen ergibt null, also falsch: die Bedingung trifft nie zu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads its first argument only: flagd ignores the rest, and so does the import</source>
        <translation>&quot;%1&quot; liest nur sein erstes Argument: flagd übergeht den Rest, der Import ebenso</translation>
    </message>
    <message>
        <source>&quot;sem_ver&quot; takes 3 arguments, not %1: flagd&apos;s sem_ver gives null, the condition never holds</source>
        <translation>&quot;sem_ver&quot; nimmt 3 Argumente, nicht %1: sem_ver von flagd ergibt null, die Bedingung trifft nie zu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; with %2 compares as with the number %3, as flagd does</source>
        <translation>&quot;%1&quot; mit %2 vergleicht wie mit der Zahl %3, wie flagd</translation>
    </message>
    <message>
        <source>unknown sem_ver operator %1 (expected = != &lt; &lt;= &gt; &gt;= ^ ~): flagd&apos;s sem_ver gives null, the condition never holds</source>
        <translation>unbekannter sem_ver-Operator %1 (erwartet: = != &lt; &lt;= &gt; &gt;= ^ ~): sem_ver von flagd ergibt null, die Bedingung trifft nie zu</translation>
    </message>
    <message>
        <source>metadata is %1, not an object: flagd ignores it, and so does the import</source>
        <translation>metadata ist %1, kein Objekt: flagd übergeht es, der Import ebenso</translation>
    </message>
    <message>
        <source>$evaluators is %1, not an object: ignored (a $ref to it is refused as an unknown evaluator)</source>
        <translation>$evaluators ist %1, kein Objekt: übergangen (ein $ref darauf wird als unbekannter Evaluator abgelehnt)</translation>
    </message>
    <message>
        <source>flags is a list, not an object: flagd names its flags by their position (&quot;0&quot;, &quot;1&quot;, ...), and so does the import</source>
        <translation>flags ist eine Liste, kein Objekt: flagd benennt die Flags nach ihrer Position (&quot;0&quot;, &quot;1&quot;, ...), der Import ebenso</translation>
    </message>
    <message>
        <source>missing &quot;flags&quot;: flagd loads no flag, and the import gives an empty workspace</source>
        <translation>&quot;flags&quot; fehlt: flagd lädt kein Flag, und der Import ergibt einen leeren Arbeitsbereich</translation>
    </message>
    <message>
        <source>flags is empty: flagd loads no flag, and the import gives an empty workspace</source>
        <translation>flags ist leer: flagd lädt kein Flag, und der Import ergibt einen leeren Arbeitsbereich</translation>
    </message>
    <message>
        <source>flags is %1, which holds no flag for flagd: the import gives an empty workspace</source>
        <translation>flags ist %1 und enthält für flagd kein Flag: der Import ergibt einen leeren Arbeitsbereich</translation>
    </message>
    <message>
        <source>defaultVariant must be the name of a variant, not %1</source>
        <translation>defaultVariant muss der Name einer Variante sein, ist aber %1</translation>
    </message>
    <message>
        <source>the flag is DISABLED, and flagd never evaluates its targeting, which Pennon cannot read (%1: %2): imported without rules (turned on, it serves the defaultVariant)</source>
        <translation>das Flag ist DISABLED, und flagd wertet sein Targeting nie aus, das Pennon nicht lesen kann (%1: %2): ohne Regeln importiert (eingeschaltet liefert es die defaultVariant)</translation>
    </message>
    <message>
        <source>variant &quot;%1&quot; is null and never served: not imported</source>
        <translation>Variante &quot;%1&quot; ist null und wird nie geliefert: nicht importiert</translation>
    </message>
    <message>
        <source>a flag needs at least one variant that is not null</source>
        <translation>ein Flag braucht mindestens eine Variante, die nicht null ist</translation>
    </message>
    <message>
        <source>variant &quot;%1&quot; is null: flagd answers an error where it is served, which Pennon cannot (a variant that is never served is left out)</source>
        <translation>Variante &quot;%1&quot; ist null: flagd antwortet mit einem Fehler, wo sie geliefert wird, was Pennon nicht kann (eine Variante, die nie geliefert wird, wird weggelassen)</translation>
    </message>
    <message>
        <source>an &quot;if&quot; without arguments gives null: the defaultVariant is served</source>
        <translation>ein &quot;if&quot; ohne Argumente ergibt null: die defaultVariant wird geliefert</translation>
    </message>
    <message>
        <source>an &quot;if&quot; with one argument gives that argument: it is served as the result</source>
        <translation>ein &quot;if&quot; mit einem Argument ergibt dieses Argument: es wird als Ergebnis geliefert</translation>
    </message>
    <message>
        <source>%1: flagd&apos;s fractional gives null for every context, so the defaultVariant is served here</source>
        <translation>%1: fractional von flagd ergibt für jeden Kontext null, daher wird hier die defaultVariant geliefert</translation>
    </message>
    <message>
        <source>&quot;fractional&quot; needs a list of [variant, weight] buckets, not %1</source>
        <translation>&quot;fractional&quot; braucht eine Liste von [variant, weight]-Buckets, ist aber %1</translation>
    </message>
    <message>
        <source>a bucket&apos;s variant must be a string, number, boolean or null, not a list</source>
        <translation>die Variante eines Buckets muss eine Zeichenkette, Zahl, ein Wahrheitswert oder null sein, keine Liste</translation>
    </message>
    <message>
        <source>&quot;var&quot; of the number %1 reads the attribute &quot;%1&quot;, as flagd does</source>
        <translation>&quot;var&quot; mit der Zahl %1 liest das Attribut &quot;%1&quot;, wie flagd</translation>
    </message>
    <message>
        <source>a list as the default: flagd counts it as %1 where the attribute is absent, and so does the import</source>
        <translation>eine Liste als Vorgabewert: flagd wertet sie als %1, wo das Attribut fehlt, der Import ebenso</translation>
    </message>
    <message>
        <source>a list as the default is supported where &quot;in&quot; searches it or as a condition; elsewhere a default must be a string, number, boolean or null</source>
        <translation>eine Liste als Vorgabewert wird unterstützt, wo &quot;in&quot; in ihr sucht, oder als Bedingung; sonst muss ein Vorgabewert eine Zeichenkette, Zahl, ein Wahrheitswert oder null sein</translation>
    </message>
    <message>
        <source>a list as the default: where the attribute is absent flagd looks into the list, and so does the import</source>
        <translation>eine Liste als Vorgabewert: wo das Attribut fehlt, sucht flagd in der Liste, der Import ebenso</translation>
    </message>
    <message>
        <source>a list inside the list of &quot;in&quot; never matches (flagd compares strictly), and the import leaves it out</source>
        <translation>eine Liste in der Liste von &quot;in&quot; trifft nie zu (flagd vergleicht strikt); der Import lässt sie weg</translation>
    </message>
    <message>
        <source>&quot;%1&quot; with more than 2 arguments below an &quot;if&quot; without an else is not supported</source>
        <translation>&quot;%1&quot; mit mehr als 2 Argumenten unter einem &quot;if&quot; ohne Sonst-Zweig wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; with more than 2 arguments is supported when no middle argument, nor a literal before a middle attribute, is null, false, 0, empty or a list</source>
        <translation>&quot;%1&quot; mit mehr als 2 Argumenten wird unterstützt, wenn weder ein mittleres Argument noch ein Literal vor einem mittleren Attribut null, false, 0, leer oder eine Liste ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; with %2 arguments: flagd compares each with the next and holds when all pairs do, and so does the import</source>
        <translation>&quot;%1&quot; mit %2 Argumenten: flagd vergleicht jedes mit dem nächsten und trifft zu, wenn alle Paare zutreffen, der Import ebenso</translation>
    </message>
    <message>
        <source>an &quot;if&quot; as a bucketing expression is supported when its conditions are the same for every context</source>
        <translation>ein &quot;if&quot; als Bucketing-Ausdruck wird unterstützt, wenn seine Bedingungen für jeden Kontext gleich sind</translation>
    </message>
    <message>
        <source>an &quot;if&quot; as a bucketing expression whose conditions are the same for every context: flagd buckets by its argument %1, and so does the import</source>
        <translation>ein &quot;if&quot; als Bucketing-Ausdruck, dessen Bedingungen für jeden Kontext gleich sind: flagd verteilt nach seinem Argument %1, der Import ebenso</translation>
    </message>
    <message>
        <source>a list in a bucketing expression: flagd joins its items to &quot;%1&quot;, and so does the import</source>
        <translation>eine Liste in einem Bucketing-Ausdruck: flagd verbindet ihre Einträge zu &quot;%1&quot;, der Import ebenso</translation>
    </message>
    <message>
        <source>no defaultVariant, but the targeting always names a variant: the import takes &quot;%1&quot; as the off variation</source>
        <translation>kein defaultVariant, aber das Targeting nennt immer eine Variante: der Import nimmt &quot;%1&quot; als Aus-Variante</translation>
    </message>
    <message>
        <source>no defaultVariant, but the flag is DISABLED (flagd answers the caller&apos;s default, reason DISABLED): the import takes &quot;%1&quot; as the off variation</source>
        <translation>kein defaultVariant, aber das Flag ist DISABLED (flagd antwortet mit dem Vorgabewert des Aufrufers, Grund DISABLED): der Import nimmt &quot;%1&quot; als Aus-Variante</translation>
    </message>
    <message>
        <source>variants is a list, not an object: flagd names them by their position (&quot;0&quot; to &quot;%1&quot;), and so does the import</source>
        <translation>variants ist eine Liste, kein Objekt: flagd benennt die Varianten nach ihrer Position (&quot;0&quot; bis &quot;%1&quot;), der Import ebenso</translation>
    </message>
    <message>
        <source>flagd cannot parse the targeting here, so it answers every evaluation of the flag with an error (PARSE_ERROR), and so does the import</source>
        <translation>flagd kann das Targeting hier nicht parsen und beantwortet daher jede Auswertung des Flags mit einem Fehler (PARSE_ERROR); der Import ebenso</translation>
    </message>
    <message>
        <source>no defaultVariant: where the targeting gives nothing, flagd answers the caller&apos;s default value, and so does the import (no value); it takes &quot;%1&quot; as the off variation</source>
        <translation>kein defaultVariant: wo das Targeting nichts ergibt, antwortet flagd mit dem Standardwert des Aufrufers, der Import ebenso (kein Wert); er nimmt &quot;%1&quot; als Aus-Variante</translation>
    </message>
    <message>
        <source>unknown variant &quot;%1&quot;: flagd answers an error (GENERAL) here, and so does the import</source>
        <translation>unbekannte Variante &quot;%1&quot;: flagd antwortet hier mit einem Fehler (GENERAL), der Import ebenso</translation>
    </message>
    <message>
        <source>the variant is named by the attribute &quot;%1&quot;: one rule per variant, and an error (GENERAL) where it names none, as flagd answers (a list attribute is compared as its items, flagd joins them with commas)</source>
        <translation>die Variante wird vom Attribut &quot;%1&quot; benannt: eine Regel je Variante und ein Fehler (GENERAL), wo es keine benennt, wie flagd antwortet (ein Listen-Attribut wird Element für Element verglichen, flagd verbindet die Elemente mit Kommas)</translation>
    </message>
    <message>
        <source>$flagd.timestamp becomes %1 on currentTime, which a context may give (flagd always takes the clock)</source>
        <translation>$flagd.timestamp wird zu %1 auf currentTime, das ein Kontext angeben kann (flagd nimmt immer die Uhr)</translation>
    </message>
</context>
<context>
    <name>ImpactCommand</name>
    <message>
        <source>Count the users whose variation of one flag changes between the workspace and another configuration.</source>
        <translation>Die Nutzer zählen, deren Variante eines Flags sich zwischen dem Arbeitsbereich und einer anderen Konfiguration ändert.</translation>
    </message>
    <message>
        <source>The flag to compare.</source>
        <translation>Das zu vergleichende Flag.</translation>
    </message>
    <message>
        <source>Compare with the workspace in FILE (- for standard input), in the same environment.</source>
        <translation>Mit dem Arbeitsbereich in FILE vergleichen (- für die Standardeingabe), in derselben Umgebung.</translation>
    </message>
    <message>
        <source>Format of --to: native (default), unleash or flagd.</source>
        <translation>Format von --to: native (Vorgabe), unleash oder flagd.</translation>
    </message>
    <message>
        <source>Compare with another environment of the same workspace.</source>
        <translation>Mit einer anderen Umgebung desselben Arbeitsbereichs vergleichen.</translation>
    </message>
    <message>
        <source>How many ids of users that change to list (default 5).</source>
        <translation>Wie viele IDs von Nutzern mit geänderter Variante aufgelistet werden (Vorgabe: 5).</translation>
    </message>
    <message>
        <source>--flag KEY is required</source>
        <translation>--flag KEY ist erforderlich</translation>
    </message>
    <message>
        <source>give exactly one of --to FILE and --to-env ENV2</source>
        <translation>genau eine der Optionen --to FILE und --to-env ENV2 angeben</translation>
    </message>
    <message>
        <source>--samples must be a whole number from 0 to 1000, not &apos;%1&apos;</source>
        <translation>--samples muss eine ganze Zahl von 0 bis 1000 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown --to-format &apos;%1&apos; (expected native, unleash or flagd)</source>
        <translation>unbekanntes --to-format &apos;%1&apos; (erwartet: native, unleash oder flagd)</translation>
    </message>
    <message>
        <source>pennonctl: %1</source>
        <translation>pennonctl: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>pennonctl: the configuration compared with has no environment &apos;%1&apos; (it has %2)</source>
        <translation>pennonctl: die Vergleichskonfiguration hat keine Umgebung &apos;%1&apos; (vorhanden: %2)</translation>
    </message>
    <message>
        <source>pennonctl: no flag &apos;%1&apos; in %2</source>
        <translation>pennonctl: kein Flag &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>dem Arbeitsbereich</translation>
    </message>
    <message>
        <source>the configuration compared with</source>
        <translation>der Vergleichskonfiguration</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import a workspace file into the database. The whole file is validated before anything is written; the import is one transaction.</source>
        <translation>Eine Arbeitsbereich-Datei in die Datenbank importieren. Die ganze Datei wird geprüft, bevor etwas geschrieben wird; der Import ist eine Transaktion.</translation>
    </message>
    <message>
        <source>Format of FILE: native (default), unleash or flagd.</source>
        <translation>Format von FILE: native (Standard), unleash oder flagd.</translation>
    </message>
    <message>
        <source>Only show what would change; write nothing.</source>
        <translation>Nur zeigen, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Make the workspace exactly the file: remove what the file does not have (default: merge).</source>
        <translation>Den Arbeitsbereich genau zur Datei machen: entfernen, was die Datei nicht enthält (Standard: zusammenführen).</translation>
    </message>
    <message>
        <source>Comment stored with the changes in the history.</source>
        <translation>Kommentar, der mit den Änderungen im Verlauf gespeichert wird.</translation>
    </message>
    <message>
        <source>Workspace file, or - for standard input</source>
        <translation>Arbeitsbereich-Datei, oder - für die Standardeingabe</translation>
    </message>
    <message>
        <source>pennonctl: %1</source>
        <translation>pennonctl: %1</translation>
    </message>
    <message>
        <source>import takes exactly one FILE (or - for standard input)</source>
        <translation>import nimmt genau eine FILE (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected native, unleash or flagd)</source>
        <translation>unbekanntes Format &apos;%1&apos; (erwartet: native, unleash oder flagd)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>would add %1</source>
        <translation>würde hinzufügen: %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>would change %1</source>
        <translation>würde ändern: %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>würde entfernen: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 entfernt, %4 unverändert</translation>
    </message>
    <message>
        <source>dry run: %1 (nothing written to %2)</source>
        <translation>Probelauf: %1 (nichts in %2 geschrieben)</translation>
    </message>
    <message>
        <source>imported %1 into %2: %3</source>
        <translation>%1 in %2 importiert: %3</translation>
    </message>
    <message>
        <source>Environment an Unleash feature state or flagd flag definitions are imported into (default: default).</source>
        <translation>Umgebung, in die ein Unleash-Feature-Zustand oder flagd-Flag-Definitionen importiert werden (Standard: default).</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1: ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonDecoder</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, ist aber %2</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>fehlendes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>must be an integer between -2^53 and 2^53, not %1</source>
        <translation>muss eine ganze Zahl zwischen -2^53 und 2^53 sein, ist aber %1</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>unexpected content after the JSON value</source>
        <translation>unerwarteter Inhalt nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the end of the document</source>
        <translation>Ende des Dokuments</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>Byte 0x%1</translation>
    </message>
    <message>
        <source>unexpected end of the document (truncated?)</source>
        <translation>unerwartetes Ende des Dokuments (abgeschnitten?)</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>Wert erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>unexpected end of the document inside an object (truncated?)</source>
        <translation>unerwartetes Ende des Dokuments innerhalb eines Objekts (abgeschnitten?)</translation>
    </message>
    <message>
        <source>expected a quoted field name, found %1</source>
        <translation>Feldname in Anführungszeichen erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>duplicate field &quot;%1&quot;</source>
        <translation>doppeltes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after field name &quot;%1&quot;, found %2</source>
        <translation>&apos;:&apos; nach dem Feldnamen &quot;%1&quot; erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object, found %1</source>
        <translation>&apos;,&apos; oder &apos;}&apos; in einem Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>unexpected end of the document inside a list (truncated?)</source>
        <translation>unerwartetes Ende des Dokuments innerhalb einer Liste (abgeschnitten?)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in a list, found %1</source>
        <translation>&apos;,&apos; oder &apos;]&apos; in einer Liste erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation>ungültiges UTF-8 (Byte 0x%1)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (sequence cut short)</source>
        <translation>ungültiges UTF-8 (unvollständige Sequenz)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (overlong or out-of-range sequence)</source>
        <translation>ungültiges UTF-8 (überlange Sequenz oder außerhalb des gültigen Bereichs)</translation>
    </message>
    <message>
        <source>unexpected end of the document in a \u escape</source>
        <translation>unerwartetes Ende des Dokuments in einer \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>control character 0x%1 inside a string (escape it)</source>
        <translation>Steuerzeichen 0x%1 innerhalb einer Zeichenkette (muss maskiert werden)</translation>
    </message>
    <message>
        <source>unterminated string (truncated?)</source>
        <translation>nicht abgeschlossene Zeichenkette (abgeschnitten?)</translation>
    </message>
    <message>
        <source>string longer than %1 bytes</source>
        <translation>Zeichenkette länger als %1 Byte</translation>
    </message>
    <message>
        <source>lone low surrogate \u%1</source>
        <translation>einzelnes unteres Surrogat \u%1</translation>
    </message>
    <message>
        <source>lone high surrogate \u%1</source>
        <translation>einzelnes oberes Surrogat \u%1</translation>
    </message>
    <message>
        <source>invalid escape sequence \%1</source>
        <translation>ungültige Escape-Sequenz \%1</translation>
    </message>
    <message>
        <source>numbers may not have leading zeros</source>
        <translation>Zahlen dürfen keine führenden Nullen haben</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid number: digits expected after &apos;.&apos;</source>
        <translation>ungültige Zahl: Ziffern nach &apos;.&apos; erwartet</translation>
    </message>
    <message>
        <source>invalid number: digits expected in the exponent</source>
        <translation>ungültige Zahl: Ziffern im Exponenten erwartet</translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation>Zahl %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
</context>
<context>
    <name>MatrixAttribute</name>
    <message>
        <source>&apos;%1&apos; is no whole number to start a range</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl für den Anfang eines Bereichs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no whole number to end a range</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl für das Ende eines Bereichs</translation>
    </message>
    <message>
        <source>the step must be a whole number above 0, not &apos;%1&apos;</source>
        <translation>der Schritt muss eine ganze Zahl über 0 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a range&apos;s bounds lie between -10^15 and 10^15</source>
        <translation>die Grenzen eines Bereichs liegen zwischen -10^15 und 10^15</translation>
    </message>
    <message>
        <source>the range ends (%1) below where it starts (%2)</source>
        <translation>der Bereich endet (%1) unterhalb seines Anfangs (%2)</translation>
    </message>
    <message>
        <source>%1, character %2: %3</source>
        <translation>%1, Zeichen %2: %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>at least one value is needed</source>
        <translation>mindestens ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>ein Wert fehlt</translation>
    </message>
    <message>
        <source>a backslash must be followed by the character it takes</source>
        <translation>auf einen Backslash muss das Zeichen folgen, das er wörtlich nimmt</translation>
    </message>
    <message>
        <source>the range holds %1 values, more than a matrix can take (%2)</source>
        <translation>der Bereich umfasst %1 Werte, mehr als eine Matrix aufnehmen kann (%2)</translation>
    </message>
</context>
<context>
    <name>MatrixResult</name>
    <message>
        <source>no variation %1</source>
        <translation>keine Variante %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
</context>
<context>
    <name>MatrixSpec</name>
    <message>
        <source>An attribute has no name.</source>
        <translation>Ein Attribut hat keinen Namen.</translation>
    </message>
    <message>
        <source>The attribute &apos;%1&apos; is there twice.</source>
        <translation>Das Attribut &apos;%1&apos; ist doppelt vorhanden.</translation>
    </message>
    <message>
        <source>More than %L1 combinations: a matrix takes at most %L1. Give fewer values, or simulate many users (Simulate ▸ Many Users…).</source>
        <translation>Mehr als %L1 Kombinationen: Eine Matrix fasst höchstens %L1. Geben Sie weniger Werte an, oder simulieren Sie viele Nutzer (Simulation ▸ Viele Nutzer …).</translation>
    </message>
</context>
<context>
    <name>Pennon::AboutDialog</name>
    <message>
        <source>About Pennon</source>
        <translation>Über Pennon</translation>
    </message>
    <message>
        <source>Pennon %1</source>
        <translation>Pennon %1</translation>
    </message>
    <message>
        <source>Feature flags and experiments: edit rules and splits, see exactly who gets what, and export for your services.</source>
        <translation>Feature-Flags und Experimente: Regeln und Aufteilungen bearbeiten, genau sehen, wer was erhält, und für die eigenen Dienste exportieren.</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
</context>
<context>
    <name>Pennon::BarChart</name>
    <message>
        <source>Could not write the image to %1.</source>
        <translation>Das Bild konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Pennon::BulkActions</name>
    <message>
        <source>&amp;Bulk Edit</source>
        <translation>&amp;Sammelbearbeitung</translation>
    </message>
    <message>
        <source>Switch O&amp;n in</source>
        <translation>Ein&amp;schalten in</translation>
    </message>
    <message>
        <source>Switch O&amp;ff in</source>
        <translation>A&amp;usschalten in</translation>
    </message>
    <message>
        <source>&amp;Promote…</source>
        <translation>Über&amp;tragen …</translation>
    </message>
    <message>
        <source>&amp;Promote To…</source>
        <translation>Über&amp;tragen nach …</translation>
    </message>
    <message>
        <source>Add &amp;Tags…</source>
        <translation>Schlagwörter &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add tags to every selected flag</source>
        <translation>Jedem gewählten Flag Schlagwörter hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Tags…</source>
        <translation>Schlagwörter &amp;entfernen …</translation>
    </message>
    <message>
        <source>Remove tags from every selected flag</source>
        <translation>Schlagwörter von jedem gewählten Flag entfernen</translation>
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation>&amp;Besitzer festlegen …</translation>
    </message>
    <message>
        <source>Give every selected flag the same owner</source>
        <translation>Allen gewählten Flags denselben Besitzer geben</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Archive every selected flag: hidden from the list, still evaluated</source>
        <translation>Jedes gewählte Flag archivieren: aus der Liste ausgeblendet, weiter ausgewertet</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>&amp;Nicht mehr archivieren</translation>
    </message>
    <message>
        <source>Bring every selected archived flag back</source>
        <translation>Jedes gewählte archivierte Flag zurückholen</translation>
    </message>
    <message>
        <source>Copy flags&apos; configuration from one environment to another, flag by flag</source>
        <translation>Die Konfiguration von Flags Flag für Flag von einer Umgebung in eine andere kopieren</translation>
    </message>
    <message>
        <source>Copy the selected flag&apos;s configuration from this environment to another</source>
        <translation>Die Konfiguration des gewählten Flags aus dieser Umgebung in eine andere kopieren</translation>
    </message>
    <message>
        <source>Selected flags</source>
        <translation>Gewählte Flags</translation>
    </message>
    <message>
        <source>Switch every selected flag on in %1</source>
        <translation>Jedes gewählte Flag in %1 einschalten</translation>
    </message>
    <message>
        <source>Switch every selected flag off in %1</source>
        <translation>Jedes gewählte Flag in %1 ausschalten</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) selected: Edit ▸ Bulk Edit changes them all.</source>
        <translation>
            <numerusform>%n Flag ausgewählt: Bearbeiten ▸ Sammelbearbeitung ändert es.</numerusform>
            <numerusform>%n Flags ausgewählt: Bearbeiten ▸ Sammelbearbeitung ändert sie alle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) selected: Edit ▸ Bulk Edit changes them all. Shown below: %1.</source>
        <translation>
            <numerusform>%n Flag ausgewählt: Bearbeiten ▸ Sammelbearbeitung ändert es. Unten angezeigt: %1.</numerusform>
            <numerusform>%n Flags ausgewählt: Bearbeiten ▸ Sammelbearbeitung ändert sie alle. Unten angezeigt: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pennon::BulkEditDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <source>Owner for every selected flag</source>
        <translation>Besitzer für jedes gewählte Flag</translation>
    </message>
    <message>
        <source>e.g. team@example.com; empty: no owner</source>
        <translation>z. B. team@example.com; leer: kein Besitzer</translation>
    </message>
    <message>
        <source>&amp;Tags to add:</source>
        <translation>Hinzuzufügende &amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Tags to remove:</source>
        <translation>Zu entfernende &amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Hinzuzufügende Schlagwörter</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Zu entfernende Schlagwörter</translation>
    </message>
    <message>
        <source>comma-separated, e.g. checkout, web</source>
        <translation>durch Kommas getrennt, z. B. checkout, web</translation>
    </message>
    <message>
        <source>What changes, flag by flag</source>
        <translation>Was sich ändert, Flag für Flag</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: unverändert</translation>
    </message>
    <message>
        <source>%1: not configured yet; set up as a new flag starts (off variation %2, otherwise serves %3), then turned on</source>
        <translation>%1: noch nicht konfiguriert; wird wie ein neues Flag eingerichtet (Aus-Variante %2, liefert sonst %3), dann eingeschaltet</translation>
    </message>
    <message>
        <source>Type the tags first.</source>
        <translation>Geben Sie zuerst die Schlagwörter ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 selected flag(s) change:</source>
        <translation>
            <numerusform>Von den %1 gewählten Flags ändert sich %n:</numerusform>
            <numerusform>Von den %1 gewählten Flags ändern sich %n:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is protected: saving asks you to confirm.</source>
        <translation>%1 ist geschützt: Beim Speichern werden Sie um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>It would change no flag</source>
        <translation>Es würde sich kein Flag ändern</translation>
    </message>
</context>
<context>
    <name>Pennon::ChangeWatcher</name>
    <message>
        <source>cannot listen for changes on %1</source>
        <translation>Änderungen an %1 können nicht überwacht werden</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionAttributeBox</name>
    <message>
        <source>an attribute of the context, e.g. country</source>
        <translation>ein Attribut des Kontexts, z. B. country</translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionConstraintPage</name>
    <message>
        <source>is one of</source>
        <translation>ist einer der Werte</translation>
    </message>
    <message>
        <source>is not one of</source>
        <translation>ist keiner der Werte</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet auf</translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation>entspricht dem Muster</translation>
    </message>
    <message>
        <source>number =</source>
        <translation>Zahl =</translation>
    </message>
    <message>
        <source>number &gt;</source>
        <translation>Zahl &gt;</translation>
    </message>
    <message>
        <source>number ≥</source>
        <translation>Zahl ≥</translation>
    </message>
    <message>
        <source>number &lt;</source>
        <translation>Zahl &lt;</translation>
    </message>
    <message>
        <source>number ≤</source>
        <translation>Zahl ≤</translation>
    </message>
    <message>
        <source>date after</source>
        <translation>Datum nach</translation>
    </message>
    <message>
        <source>date before</source>
        <translation>Datum vor</translation>
    </message>
    <message>
        <source>version =</source>
        <translation>Version =</translation>
    </message>
    <message>
        <source>version &gt;</source>
        <translation>Version &gt;</translation>
    </message>
    <message>
        <source>version ≥</source>
        <translation>Version ≥</translation>
    </message>
    <message>
        <source>version &lt;</source>
        <translation>Version &lt;</translation>
    </message>
    <message>
        <source>version ≤</source>
        <translation>Version ≤</translation>
    </message>
    <message>
        <source>is in the IP range</source>
        <translation>liegt im IP-Bereich</translation>
    </message>
    <message>
        <source>is present</source>
        <translation>ist vorhanden</translation>
    </message>
    <message>
        <source>is absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&amp;Negate (holds where the operator does not)</source>
        <translation>&amp;Negieren (trifft zu, wo der Operator nicht zutrifft)</translation>
    </message>
    <message>
        <source>Ignore &amp;case</source>
        <translation>Groß-/Kleins&amp;chreibung ignorieren</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>The context attribute the operator reads</source>
        <translation>Das Kontextattribut, das der Operator liest</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Negate</source>
        <translation>Negieren</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation>Attr&amp;ibut:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Werte:</translation>
    </message>
    <message>
        <source>Change the attribute</source>
        <translation>Attribut ändern</translation>
    </message>
    <message>
        <source>Negate the constraint</source>
        <translation>Einschränkung negieren</translation>
    </message>
    <message>
        <source>Stop negating the constraint</source>
        <translation>Einschränkung nicht mehr negieren</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Date operators compare currentTime, whatever the attribute.</source>
        <translation>Datumsoperatoren vergleichen currentTime, unabhängig vom Attribut.</translation>
    </message>
    <message>
        <source>%1 (unknown, kept as imported)</source>
        <translation>%1 (unbekannt, wie importiert beibehalten)</translation>
    </message>
    <message>
        <source>One pattern per line (RE2 syntax); any of them may match</source>
        <translation>Ein Muster pro Zeile (RE2-Syntax); es genügt, wenn eines davon passt</translation>
    </message>
    <message>
        <source>One IP address or CIDR range per line, e.g. 10.0.0.0/8</source>
        <translation>Eine IP-Adresse oder ein CIDR-Bereich pro Zeile, z. B. 10.0.0.0/8</translation>
    </message>
    <message>
        <source>One decimal number per line</source>
        <translation>Eine Dezimalzahl pro Zeile</translation>
    </message>
    <message>
        <source>One semantic version per line</source>
        <translation>Eine semantische Version pro Zeile</translation>
    </message>
    <message>
        <source>One ISO 8601 date-time per line</source>
        <translation>Ein Zeitpunkt nach ISO 8601 pro Zeile</translation>
    </message>
    <message>
        <source>One value per line</source>
        <translation>Ein Wert pro Zeile</translation>
    </message>
    <message>
        <source>A decimal number, e.g. 42 or -0.5</source>
        <translation>Eine Dezimalzahl, z. B. 42 oder -0.5</translation>
    </message>
    <message>
        <source>A semantic version, e.g. 1.4.0 or 2.0.0-rc.1</source>
        <translation>Eine semantische Version, z. B. 1.4.0 oder 2.0.0-rc.1</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Zahlen&amp;wert:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>Ver&amp;sion:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Datu&amp;m:</translation>
    </message>
    <message>
        <source>Without values the constraint always holds.</source>
        <translation>Ohne Werte trifft die Einschränkung immer zu.</translation>
    </message>
    <message>
        <source>Without values the constraint never holds.</source>
        <translation>Ohne Werte trifft die Einschränkung nie zu.</translation>
    </message>
    <message>
        <source>Change the operator</source>
        <translation>Operator ändern</translation>
    </message>
    <message>
        <source>Change the values</source>
        <translation>Werte ändern</translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionEditor</name>
    <message>
        <source>User list</source>
        <translation>Nutzerliste</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Attribute constraint</source>
        <translation>Attribut-Einschränkung</translation>
    </message>
    <message>
        <source>Percentage of users</source>
        <translation>Prozentsatz der Nutzer</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>IP addresses and ranges</source>
        <translation>IP-Adressen und -Bereiche</translation>
    </message>
    <message>
        <source>Prerequisite flag</source>
        <translation>Vorausgesetztes Flag</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>From library</source>
        <translation>Aus der Bibliothek</translation>
    </message>
    <message>
        <source>Pennon</source>
        <translation>Pennon</translation>
    </message>
    <message>
        <source>Unleash</source>
        <translation>Unleash</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Condition type</source>
        <translation>Bedingungstyp</translation>
    </message>
    <message>
        <source>Change the condition&apos;s type to %1</source>
        <translation>Bedingungstyp auf %1 ändern</translation>
    </message>
    <message>
        <source>Imported from %1: evaluated as %1 evaluates it.</source>
        <translation>Aus %1 importiert: wird so ausgewertet, wie %1 sie auswertet.</translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionInstantEdit</name>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>UTC%1</source>
        <translation>UTC%1</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Offset from UTC</source>
        <translation>Versatz zu UTC</translation>
    </message>
    <message>
        <source>The offset from UTC the date and time are written in</source>
        <translation>Der Versatz zu UTC, in dem Datum und Uhrzeit angegeben sind</translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionIpPage</name>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>The context attribute holding the client&apos;s address</source>
        <translation>Das Kontextattribut mit der Adresse des Clients</translation>
    </message>
    <message>
        <source>Addresses and ranges</source>
        <translation>Adressen und Bereiche</translation>
    </message>
    <message>
        <source>One address or CIDR range per line, e.g.
10.0.0.0/8
2001:db8::/32
192.168.1.7</source>
        <translation>Eine Adresse oder ein CIDR-Bereich pro Zeile, z. B.
10.0.0.0/8
2001:db8::/32
192.168.1.7</translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation>Attr&amp;ibut:</translation>
    </message>
    <message>
        <source>A&amp;ddresses:</source>
        <translation>Adre&amp;ssen:</translation>
    </message>
    <message>
        <source>Change the attribute</source>
        <translation>Attribut ändern</translation>
    </message>
    <message>
        <source>Change the addresses</source>
        <translation>Adressen ändern</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) or range(s)</source>
        <translation>
            <numerusform>%Ln Adresse oder Bereich</numerusform>
            <numerusform>%Ln Adressen oder Bereiche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionLibraryPage</name>
    <message>
        <source>Library activation</source>
        <translation>Aktivierung aus der Bibliothek</translation>
    </message>
    <message>
        <source>Choose an activation</source>
        <translation>Aktivierung auswählen</translation>
    </message>
    <message>
        <source>The activation&apos;s condition</source>
        <translation>Die Bedingung der Aktivierung</translation>
    </message>
    <message>
        <source>The activation&apos;s description</source>
        <translation>Die Beschreibung der Aktivierung</translation>
    </message>
    <message>
        <source>&amp;Activation:</source>
        <translation>Akt&amp;ivierung:</translation>
    </message>
    <message>
        <source>Holds when:</source>
        <translation>Trifft zu, wenn:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Change the library activation</source>
        <translation>Aktivierung aus der Bibliothek ändern</translation>
    </message>
    <message>
        <source>%1 (not in the library)</source>
        <translation>%1 (nicht in der Bibliothek)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionPage</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionPercentagePage</name>
    <message>
        <source>Percentage</source>
        <translation>Prozentsatz</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Sticky by</source>
        <translation>Stickiness nach</translation>
    </message>
    <message>
        <source>attributes in order, comma-separated: the first present counts</source>
        <translation>Attribute der Reihe nach, durch Kommas getrennt: das erste vorhandene zählt</translation>
    </message>
    <message>
        <source>When absent</source>
        <translation>Bei Fehlen</translation>
    </message>
    <message>
        <source>What the condition does for a context that has none of the attributes</source>
        <translation>Was die Bedingung bei einem Kontext tut, der keines der Attribute hat</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>the condition does not hold</source>
        <translation>die Bedingung trifft nicht zu</translation>
    </message>
    <message>
        <source>bucket an empty value</source>
        <translation>einen leeren Wert einem Bucket zuordnen</translation>
    </message>
    <message>
        <source>stop: serve the off variation</source>
        <translation>Auswertung beenden: die Aus-Variante liefern</translation>
    </message>
    <message>
        <source>a random bucket each time</source>
        <translation>jedes Mal ein zufälliger Bucket</translation>
    </message>
    <message>
        <source>Salt</source>
        <translation>Salt</translation>
    </message>
    <message>
        <source>the flag key</source>
        <translation>der Flag-Schlüssel</translation>
    </message>
    <message>
        <source>Hashed with each value: another salt puts other users in the percentage</source>
        <translation>Wird mit jedem Wert gehasht: ein anderes Salt bringt andere Nutzer in den Prozentsatz</translation>
    </message>
    <message>
        <source>Bucketing scheme</source>
        <translation>Bucketing-Verfahren</translation>
    </message>
    <message>
        <source>Pennon&apos;s default, as flagd buckets</source>
        <translation>Pennons Standard, wie flagd Buckets bildet</translation>
    </message>
    <message>
        <source>as Unleash SDKs bucket</source>
        <translation>wie Unleash-SDKs Buckets bilden</translation>
    </message>
    <message>
        <source>as the rollout gem (Hanoi) buckets</source>
        <translation>wie das rollout-Gem (Hanoi) Buckets bildet</translation>
    </message>
    <message>
        <source>&amp;Percentage:</source>
        <translation>Pr&amp;ozentsatz:</translation>
    </message>
    <message>
        <source>Stick&amp;y by:</source>
        <translation>Stickiness &amp;nach:</translation>
    </message>
    <message>
        <source>When a&amp;bsent:</source>
        <translation>Be&amp;i Fehlen:</translation>
    </message>
    <message>
        <source>Sa&amp;lt:</source>
        <translation>&amp;Salt:</translation>
    </message>
    <message>
        <source>Bucketing &amp;scheme:</source>
        <translation>Bu&amp;cketing-Verfahren:</translation>
    </message>
    <message>
        <source>Change the percentage</source>
        <translation>Prozentsatz ändern</translation>
    </message>
    <message>
        <source>Change the stickiness</source>
        <translation>Stickiness ändern</translation>
    </message>
    <message>
        <source>Change what happens without the attributes</source>
        <translation>Verhalten ohne die Attribute ändern</translation>
    </message>
    <message>
        <source>Change the salt</source>
        <translation>Salt ändern</translation>
    </message>
    <message>
        <source>Change the bucketing scheme</source>
        <translation>Bucketing-Verfahren ändern</translation>
    </message>
    <message>
        <source>Ids are hashed as UTF-8 bytes, as the Go, Java and Rust SDKs do.</source>
        <translation>IDs werden als UTF-8-Bytes gehasht, wie es die SDKs für Go, Java und Rust tun.</translation>
    </message>
    <message>
        <source>Ids are hashed as UTF-8 bytes, as the Go, Java and Rust SDKs do; some JavaScript SDKs hash UTF-16 and bucket ids with non-ASCII characters differently. The salt is Unleash&apos;s groupId.</source>
        <translation>IDs werden als UTF-8-Bytes gehasht, wie es die SDKs für Go, Java und Rust tun; manche JavaScript-SDKs hashen UTF-16 und ordnen IDs mit Nicht-ASCII-Zeichen anderen Buckets zu. Das Salt ist die groupId von Unleash.</translation>
    </message>
    <message>
        <source>The rollout gem&apos;s CRC32 of the id, as Hanoi bucketed it.</source>
        <translation>Der CRC32 der ID wie im rollout-Gem, so wie Hanoi die Buckets gebildet hat.</translation>
    </message>
    <message>
        <source>empty: hashed as empty, as Unleash does</source>
        <translation>leer: wird leer gehasht, wie bei Unleash</translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionPluginPage</name>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Choose a plugin</source>
        <translation>Plugin auswählen</translation>
    </message>
    <message>
        <source>Configuration (JSON)</source>
        <translation>Konfiguration (JSON)</translation>
    </message>
    <message>
        <source>The plugin&apos;s configuration, a JSON object, e.g. {&quot;days&quot;: [&quot;sat&quot;, &quot;sun&quot;]}</source>
        <translation>Die Konfiguration des Plugins, ein JSON-Objekt, z. B. {&quot;days&quot;: [&quot;sat&quot;, &quot;sun&quot;]}</translation>
    </message>
    <message>
        <source>&amp;Plugin:</source>
        <translation>Plug&amp;in:</translation>
    </message>
    <message>
        <source>&amp;Configuration:</source>
        <translation>K&amp;onfiguration:</translation>
    </message>
    <message>
        <source>Change the plugin</source>
        <translation>Plugin ändern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not loaded)</source>
        <translation>%1 (nicht geladen)</translation>
    </message>
    <message>
        <source>No activation plugins are loaded. Pennon looks for them in its activations folder and in $PENNON_PLUGIN_PATH.</source>
        <translation>Es sind keine Aktivierungs-Plugins geladen. Pennon sucht sie in seinem Ordner „activations“ und in $PENNON_PLUGIN_PATH.</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>Kein JSON: %1</translation>
    </message>
    <message>
        <source>The configuration is a JSON object: {…}</source>
        <translation>Die Konfiguration ist ein JSON-Objekt: {…}</translation>
    </message>
    <message>
        <source>Change the plugin&apos;s configuration</source>
        <translation>Konfiguration des Plugins ändern</translation>
    </message>
    <message>
        <source>plugin &quot;%1&quot; is not loaded: the condition cannot be evaluated</source>
        <translation>Plugin &quot;%1&quot; ist nicht geladen: die Bedingung kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>%1 does not accept this configuration</source>
        <translation>%1 akzeptiert diese Konfiguration nicht</translation>
    </message>
    <message>
        <source>%1 does not accept it: %2</source>
        <translation>%1 akzeptiert sie nicht: %2</translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionPrerequisitePage</name>
    <message>
        <source>Prerequisite flag</source>
        <translation>Vorausgesetztes Flag</translation>
    </message>
    <message>
        <source>Choose a flag</source>
        <translation>Flag auswählen</translation>
    </message>
    <message>
        <source>Variations it must serve</source>
        <translation>Varianten, die es liefern muss</translation>
    </message>
    <message>
        <source>&amp;Flag:</source>
        <translation>&amp;Flag:</translation>
    </message>
    <message>
        <source>&amp;Serves:</source>
        <translation>L&amp;iefert:</translation>
    </message>
    <message>
        <source>Change the prerequisite flag</source>
        <translation>Vorausgesetztes Flag ändern</translation>
    </message>
    <message>
        <source>Change the variations the prerequisite serves</source>
        <translation>Geforderte Varianten der Voraussetzung ändern</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>%1 (not in the workspace)</source>
        <translation>%1 (nicht im Arbeitsbereich)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 (not a variation of %2)</source>
        <translation>%1 (keine Variante von %2)</translation>
    </message>
    <message>
        <source>the flag</source>
        <translation>das Flag</translation>
    </message>
    <message>
        <source>None checked: holds when %1 is on, serving any variation but its off variation.</source>
        <translation>Keine angekreuzt: trifft zu, wenn %1 eingeschaltet ist und eine andere Variante als seine Aus-Variante liefert.</translation>
    </message>
    <message>
        <source>Holds when %1 serves one of the checked variations.</source>
        <translation>Trifft zu, wenn %1 eine der angekreuzten Varianten liefert.</translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionRegexPage</name>
    <message>
        <source>Ignore &amp;case</source>
        <translation>Groß-/Kleins&amp;chreibung ignorieren</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>e.g. @example\.com$</source>
        <translation>z. B. @example\.com$</translation>
    </message>
    <message>
        <source>RE2 syntax, as Unleash SDKs read it: holds when the value contains a match. No look-around, no back-references.</source>
        <translation>RE2-Syntax, wie Unleash-SDKs sie lesen: trifft zu, wenn der Wert einen Treffer enthält. Keine Lookarounds, keine Rückverweise.</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Try a value</source>
        <translation>Wert testen</translation>
    </message>
    <message>
        <source>Type a value to test the pattern</source>
        <translation>Einen Wert eingeben, um das Muster zu testen</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation>Attr&amp;ibut:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>Mu&amp;ster:</translation>
    </message>
    <message>
        <source>T&amp;ry a value:</source>
        <translation>&amp;Wert testen:</translation>
    </message>
    <message>
        <source>Change the attribute</source>
        <translation>Attribut ändern</translation>
    </message>
    <message>
        <source>Change the pattern</source>
        <translation>Muster ändern</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>The pattern does not compile: %1</source>
        <translation>Das Muster ist ungültig: %1</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>passt nicht</translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionSchedulePage</name>
    <message>
        <source>No st&amp;art</source>
        <translation>&amp;Ohne Beginn</translation>
    </message>
    <message>
        <source>No en&amp;d</source>
        <translation>Ohne E&amp;nde</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>No start</source>
        <translation>Ohne Beginn</translation>
    </message>
    <message>
        <source>Holds from any time until the end</source>
        <translation>Trifft jederzeit bis zum Ende zu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Ohne Ende</translation>
    </message>
    <message>
        <source>Holds from the start on, for ever</source>
        <translation>Trifft ab dem Beginn unbefristet zu</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Beg&amp;inn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Holds from the start, included, until the end, excluded; the times are wall-clock times in the time zone.</source>
        <translation>Trifft ab dem Beginn (einschließlich) bis zum Ende (ausschließlich) zu; die Zeiten sind Ortszeiten in der Zeitzone.</translation>
    </message>
    <message>
        <source>Change the start</source>
        <translation>Beginn ändern</translation>
    </message>
    <message>
        <source>Change the end</source>
        <translation>Ende ändern</translation>
    </message>
    <message>
        <source>Remove the start</source>
        <translation>Beginn entfernen</translation>
    </message>
    <message>
        <source>Set a start</source>
        <translation>Beginn festlegen</translation>
    </message>
    <message>
        <source>Remove the end</source>
        <translation>Ende entfernen</translation>
    </message>
    <message>
        <source>Set an end</source>
        <translation>Ende festlegen</translation>
    </message>
    <message>
        <source>Change the time zone</source>
        <translation>Zeitzone ändern</translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionSegmentPage</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Choose a segment</source>
        <translation>Segment auswählen</translation>
    </message>
    <message>
        <source>The segment&apos;s conditions</source>
        <translation>Die Bedingungen des Segments</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>Holds when:</source>
        <translation>Trifft zu, wenn:</translation>
    </message>
    <message>
        <source>Change the segment</source>
        <translation>Segment ändern</translation>
    </message>
    <message>
        <source>%1 (not in the workspace)</source>
        <translation>%1 (nicht im Arbeitsbereich)</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more condition(s)</source>
        <translation>
            <numerusform>… und %n weitere Bedingung</numerusform>
            <numerusform>… und %n weitere Bedingungen</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>always (the segment has no conditions)</source>
        <translation>immer (das Segment hat keine Bedingungen)</translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionUserListPage</name>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>The context attribute compared with the ids</source>
        <translation>Das Kontextattribut, das mit den IDs verglichen wird</translation>
    </message>
    <message>
        <source>User ids</source>
        <translation>Nutzer-IDs</translation>
    </message>
    <message>
        <source>One id per line; pasted ids separated by commas, semicolons, tabs or spaces are split into lines</source>
        <translation>Eine ID pro Zeile; eingefügte IDs, die durch Kommas, Semikolons, Tabulatoren oder Leerzeichen getrennt sind, werden auf Zeilen aufgeteilt</translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation>Attr&amp;ibut:</translation>
    </message>
    <message>
        <source>User &amp;ids:</source>
        <translation>&amp;Nutzer-IDs:</translation>
    </message>
    <message>
        <source>Change the attribute</source>
        <translation>Attribut ändern</translation>
    </message>
    <message>
        <source>Change the user ids</source>
        <translation>Nutzer-IDs ändern</translation>
    </message>
    <message numerus="yes">
        <source>%Ln id(s)</source>
        <translation>
            <numerusform>%Ln ID</numerusform>
            <numerusform>%Ln IDs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pennon::ConflictDialog</name>
    <message>
        <source>Someone Saved %1 First</source>
        <translation>Jemand hat %1 zuerst gespeichert</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 saved %2 after you started editing it.</source>
        <translation>%1 hat %2 gespeichert, nachdem Sie mit dem Bearbeiten begonnen haben.</translation>
    </message>
    <message>
        <source>%1 saved %2 at %3, after you started editing it.</source>
        <translation>%1 hat %2 um %3 gespeichert, nachdem Sie mit dem Bearbeiten begonnen haben.</translation>
    </message>
    <message>
        <source>Their change:</source>
        <translation>Deren Änderung:</translation>
    </message>
    <message>
        <source>deleted the flag</source>
        <translation>hat das Flag gelöscht</translation>
    </message>
    <message>
        <source>Your change:</source>
        <translation>Ihre Änderung:</translation>
    </message>
    <message>
        <source>Both changed: %1</source>
        <translation>Beide geändert: %1</translation>
    </message>
    <message>
        <source>Their change and yours</source>
        <translation>Deren Änderung und Ihre</translation>
    </message>
    <message>
        <source>&amp;Put Mine on Theirs</source>
        <translation>Meine auf deren &amp;setzen</translation>
    </message>
    <message>
        <source>Your changes on top of theirs; then review and save again</source>
        <translation>Ihre Änderungen auf deren; dann erneut prüfen und speichern</translation>
    </message>
    <message>
        <source>Both of you changed the same part</source>
        <translation>Sie haben beide denselben Teil geändert</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>Deren &amp;behalten</translation>
    </message>
    <message>
        <source>Drop your changes to %1 (Edit ▸ Undo brings them back)</source>
        <translation>Ihre Änderungen an %1 verwerfen (Bearbeiten ▸ Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Keep Mine as a &amp;Copy</source>
        <translation>Meine als &amp;Kopie behalten</translation>
    </message>
    <message>
        <source>Your version becomes a new flag next to theirs, to save</source>
        <translation>Ihre Fassung wird ein neues Flag neben deren, zum Speichern</translation>
    </message>
</context>
<context>
    <name>Pennon::ConnectDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>the local socket</source>
        <translation>der lokale Socket</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>optional: PGPASSWORD or ~/.pgpass, else asked</source>
        <translation>optional: PGPASSWORD oder ~/.pgpass, sonst wird gefragt</translation>
    </message>
    <message>
        <source>Leave empty to use PGPASSWORD or ~/.pgpass, as psql does; Pennon asks when the server wants a password. It is never stored.</source>
        <translation>Leer lassen, um PGPASSWORD oder ~/.pgpass zu verwenden, wie psql es tut; Pennon fragt, wenn der Server ein Passwort verlangt. Es wird nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Type the name of the database</source>
        <translation>Geben Sie den Namen der Datenbank ein</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
</context>
<context>
    <name>Pennon::ConnectionIndicator</name>
    <message>
        <source>Database connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <source>%1
Unsaved changes are kept; saving works again once the connection is back.
%2</source>
        <translation>%1
Ungespeicherte Änderungen bleiben erhalten; Speichern funktioniert wieder, sobald die Verbindung zurück ist.
%2</translation>
    </message>
    <message>
        <source>Connection to %1 lost; reconnecting…</source>
        <translation>Verbindung zu %1 verloren; verbinde neu …</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost; retrying in %n s</source>
        <translation>
            <numerusform>Verbindung zu %1 verloren; neuer Versuch in %n s</numerusform>
            <numerusform>Verbindung zu %1 verloren; neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to %1 is back; the workspace was reloaded.</source>
        <translation>Die Verbindung zu %1 ist wieder da; der Arbeitsbereich wurde neu geladen.</translation>
    </message>
</context>
<context>
    <name>Pennon::EnvironmentEditor</name>
    <message>
        <source>O&amp;n</source>
        <translation>&amp;Eingeschaltet</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>&amp;Regel hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Dea&amp;ktivieren</translation>
    </message>
    <message>
        <source>No conditions: the rule serves everyone who reaches it.</source>
        <translation>Keine Bedingungen: die Regel gilt für alle, die sie erreichen.</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>Bedingung hin&amp;zufügen</translation>
    </message>
    <message>
        <source>On in this environment</source>
        <translation>In dieser Umgebung eingeschaltet</translation>
    </message>
    <message>
        <source>Off variation</source>
        <translation>Aus-Variante</translation>
    </message>
    <message>
        <source>Rules, in the order they are tried</source>
        <translation>Regeln, in der Reihenfolge ihrer Prüfung</translation>
    </message>
    <message>
        <source>Add a rule after the selected one</source>
        <translation>Eine Regel nach der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Add a copy of the selected rule below it</source>
        <translation>Eine Kopie der ausgewählten Regel darunter einfügen</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Die ausgewählte Regel entfernen</translation>
    </message>
    <message>
        <source>Move rule up</source>
        <translation>Regel nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the rule up (Alt+Up): it is tried earlier</source>
        <translation>Die Regel nach oben verschieben (Alt+Pfeil nach oben): sie wird früher geprüft</translation>
    </message>
    <message>
        <source>Move rule down</source>
        <translation>Regel nach unten verschieben</translation>
    </message>
    <message>
        <source>Move the rule down (Alt+Down): it is tried later</source>
        <translation>Die Regel nach unten verschieben (Alt+Pfeil nach unten): sie wird später geprüft</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Name der Regel</translation>
    </message>
    <message>
        <source>e.g. Beta testers</source>
        <translation>z. B. Betatester</translation>
    </message>
    <message>
        <source>Add a condition: all of a rule&apos;s conditions must hold</source>
        <translation>Eine Bedingung hinzufügen: alle Bedingungen einer Regel müssen zutreffen</translation>
    </message>
    <message>
        <source>What the rule serves</source>
        <translation>Was die Regel liefert</translation>
    </message>
    <message>
        <source>What the flag serves when no rule matches</source>
        <translation>Was das Flag liefert, wenn keine Regel zutrifft</translation>
    </message>
    <message>
        <source>Move Rule Up</source>
        <translation>Regel nach oben</translation>
    </message>
    <message>
        <source>Move Rule Down</source>
        <translation>Regel nach unten</translation>
    </message>
    <message>
        <source>Off &amp;variation:</source>
        <translation>Aus-&amp;Variante:</translation>
    </message>
    <message>
        <source>R&amp;ules (the first that matches serves):</source>
        <translation>Re&amp;geln (die erste zutreffende liefert):</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>When all of these hold:</source>
        <translation>Wenn alle folgenden Bedingungen zutreffen:</translation>
    </message>
    <message>
        <source>Otherwise (no rule matches), serves:</source>
        <translation>Andernfalls (keine Regel trifft zu) liefert es:</translation>
    </message>
    <message>
        <source>Turn %1 on in %2</source>
        <translation>%1 in %2 einschalten</translation>
    </message>
    <message>
        <source>Turn %1 off in %2</source>
        <translation>%1 in %2 ausschalten</translation>
    </message>
    <message>
        <source>Change what %1 serves when off in %2</source>
        <translation>Aus-Variante von %1 in %2 ändern</translation>
    </message>
    <message>
        <source>Move a rule of %1 in %2</source>
        <translation>Eine Regel von %1 in %2 verschieben</translation>
    </message>
    <message>
        <source>Rename rule %1 of %2</source>
        <translation>Regel %1 von %2 umbenennen</translation>
    </message>
    <message>
        <source>Add a condition to rule %1 of %2</source>
        <translation>Bedingung zu Regel %1 von %2 hinzufügen</translation>
    </message>
    <message>
        <source>%1 (rule %2 of %3)</source>
        <translation>%1 (Regel %2 von %3)</translation>
    </message>
    <message>
        <source>%1 (what %2 serves otherwise)</source>
        <translation>%1 (was %2 sonst liefert)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 has no configuration in %2</source>
        <translation>%1 ist in %2 nicht konfiguriert</translation>
    </message>
    <message>
        <source>O&amp;n in %1</source>
        <translation>&amp;Eingeschaltet in %1</translation>
    </message>
    <message>
        <source>Rule %1 (disabled: kept, but skipped)</source>
        <translation>Regel %1 (deaktiviert: beibehalten, aber übersprungen)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>Bedingung %1 entfernen</translation>
    </message>
    <message>
        <source>Remove this condition from the rule</source>
        <translation>Diese Bedingung aus der Regel entfernen</translation>
    </message>
    <message>
        <source>Remove a condition from rule %1 of %2</source>
        <translation>Bedingung aus Regel %1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>Evaluate the rule again</source>
        <translation>Die Regel wieder auswerten</translation>
    </message>
    <message>
        <source>Keep the rule but skip it in evaluation</source>
        <translation>Die Regel behalten, aber bei der Auswertung überspringen</translation>
    </message>
    <message>
        <source>Add rule %1 to %2 in %3</source>
        <translation>Regel %1 zu %2 in %3 hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate rule %1 of %2 in %3</source>
        <translation>Regel %1 von %2 in %3 duplizieren</translation>
    </message>
    <message>
        <source>Remove rule %1 of %2 in %3</source>
        <translation>Regel %1 von %2 in %3 entfernen</translation>
    </message>
    <message>
        <source>Disable rule %1 of %2 in %3</source>
        <translation>Regel %1 von %2 in %3 deaktivieren</translation>
    </message>
    <message>
        <source>Enable rule %1 of %2 in %3</source>
        <translation>Regel %1 von %2 in %3 aktivieren</translation>
    </message>
    <message>
        <source>Move rule %1 of %2 to %3</source>
        <translation>Regel %1 von %2 an Position %3 verschieben</translation>
    </message>
    <message>
        <source>Give the flag a configuration here: off, serving its off variation</source>
        <translation>Dem Flag hier eine Konfiguration geben: ausgeschaltet, es liefert seine Aus-Variante</translation>
    </message>
    <message>
        <source>Set up %1 in %2</source>
        <translation>%1 in %2 einrichten</translation>
    </message>
    <message>
        <source>&amp;Set Up in %1</source>
        <translation>Ein&amp;richten in %1</translation>
    </message>
</context>
<context>
    <name>Pennon::EnvironmentSelector</name>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>The environment whose on/off state the list shows</source>
        <translation>Die Umgebung, deren Ein-/Aus-Zustand die Liste zeigt</translation>
    </message>
    <message>
        <source>%1 (protected): changes ask for confirmation</source>
        <translation>%1 (geschützt): Änderungen erfordern eine Bestätigung</translation>
    </message>
    <message>
        <source>Show the state of each flag in %1</source>
        <translation>Den Zustand jedes Flags in %1 anzeigen</translation>
    </message>
    <message>
        <source>&amp;Manage Environments…</source>
        <translation>Umgebungen &amp;verwalten …</translation>
    </message>
    <message>
        <source>Add, rename, reorder, protect and remove environments</source>
        <translation>Umgebungen hinzufügen, umbenennen, umordnen, schützen und entfernen</translation>
    </message>
</context>
<context>
    <name>Pennon::EnvironmentsDialog</name>
    <message>
        <source>Re&amp;name</source>
        <translation>Umbe&amp;nennen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation>Schüt&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Manage Environments</source>
        <translation>Umgebungen verwalten</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected environment</source>
        <translation>Alt+Pfeil nach oben und Alt+Pfeil nach unten verschieben die gewählte Umgebung</translation>
    </message>
    <message>
        <source>En&amp;vironments, in the order shown everywhere:</source>
        <translation>&amp;Umgebungen, in der überall gezeigten Reihenfolge:</translation>
    </message>
    <message>
        <source>Key of the selected environment</source>
        <translation>Schlüssel der gewählten Umgebung</translation>
    </message>
    <message>
        <source>Name of the selected environment</source>
        <translation>Name der gewählten Umgebung</translation>
    </message>
    <message>
        <source>The name shown in the toolbar and the flag editor; the key stays</source>
        <translation>Der Name, der in der Werkzeugleiste und im Flag-Editor erscheint; der Schlüssel bleibt</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Type a new name for the selected environment; its key stays</source>
        <translation>Geben Sie einen neuen Namen für die gewählte Umgebung ein; ihr Schlüssel bleibt</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected environment up (Alt+Up)</source>
        <translation>Die gewählte Umgebung nach oben verschieben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected environment down (Alt+Down)</source>
        <translation>Die gewählte Umgebung nach unten verschieben (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Schützen</translation>
    </message>
    <message>
        <source>A protected environment asks for confirmation before a flag&apos;s change there is saved</source>
        <translation>Eine geschützte Umgebung verlangt eine Bestätigung, bevor die Änderung eines Flags dort gespeichert wird</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected environment; refused while flags are on there</source>
        <translation>Die gewählte Umgebung entfernen; nicht möglich, solange dort Flags an sind</translation>
    </message>
    <message>
        <source>Add environment</source>
        <translation>Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>Add an environment with this key and name, last in the list</source>
        <translation>Eine Umgebung mit diesem Schlüssel und Namen am Ende der Liste hinzufügen</translation>
    </message>
    <message>
        <source>Key of the new environment</source>
        <translation>Schlüssel der neuen Umgebung</translation>
    </message>
    <message>
        <source>e.g. qa</source>
        <translation>z. B. qa</translation>
    </message>
    <message>
        <source>Name of the new environment</source>
        <translation>Name der neuen Umgebung</translation>
    </message>
    <message>
        <source>e.g. QA (the key when empty)</source>
        <translation>z. B. QA (leer: der Schlüssel)</translation>
    </message>
    <message>
        <source>Changes to save</source>
        <translation>Zu speichernde Änderungen</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>Noch keine Änderungen</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Why: goes into the history with the changes</source>
        <translation>Warum: kommt mit den Änderungen in den Verlauf</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Move Environment Up</source>
        <translation>Umgebung nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Environment Down</source>
        <translation>Umgebung nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>Nam&amp;e:</translation>
    </message>
    <message>
        <source>Changes to save:</source>
        <translation>Zu speichernde Änderungen:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>Un&amp;protect</source>
        <translation>Schut&amp;z aufheben</translation>
    </message>
    <message>
        <source>Unprotect</source>
        <translation>Schutz aufheben</translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation>Eine Umgebung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>Kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Nothing has changed yet</source>
        <translation>Noch hat sich nichts geändert</translation>
    </message>
    <message>
        <source>Save the changes in one go</source>
        <translation>Die Änderungen in einem Schritt speichern</translation>
    </message>
    <message>
        <source>Add environment %1</source>
        <translation>Umgebung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 an Position %2 verschieben</translation>
    </message>
    <message>
        <source>Protect %1</source>
        <translation>%1 schützen</translation>
    </message>
    <message>
        <source>Unprotect %1</source>
        <translation>Schutz von %1 aufheben</translation>
    </message>
    <message>
        <source>%1 cannot be removed: a workspace keeps at least one environment.</source>
        <translation>%1 kann nicht entfernt werden: Ein Arbeitsbereich behält mindestens eine Umgebung.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Nothing was saved: the workspace cannot be written to.</source>
        <translation>Nichts wurde gespeichert: In den Arbeitsbereich kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Someone changed %1 since this dialog opened. Cancel and open it again to start from their change.</source>
        <translation>Jemand hat %1 geändert, seit dieser Dialog geöffnet wurde. Brechen Sie ab und öffnen Sie ihn erneut, um von dieser Änderung aus zu beginnen.</translation>
    </message>
    <message>
        <source>Discard the changes to the environments?</source>
        <translation>Die Änderungen an den Umgebungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>Pennon::ExportDialog</name>
    <message>
        <source>&amp;Skip flags the format cannot express exactly</source>
        <translation>Flags &amp;auslassen, die das Format nicht exakt abbilden kann</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>Arbeitsbereich exportieren</translation>
    </message>
    <message>
        <source>Without this, an export that cannot carry every flag exactly writes nothing and lists the flags and why</source>
        <translation>Ohne diese Option schreibt ein Export, der nicht jedes Flag exakt abbilden kann, nichts und listet die Flags mit Begründung auf</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die Zieldatei aus.</translation>
    </message>
    <message>
        <source>Nothing was written: %1 cannot express these flags exactly. Change them, or tick &quot;Skip&quot; to export the rest.</source>
        <translation>Es wurde nichts geschrieben: %1 kann diese Flags nicht exakt abbilden. Ändern Sie sie, oder aktivieren Sie &quot;Flags auslassen&quot;, um den Rest zu exportieren.</translation>
    </message>
    <message>
        <source>Nothing was written:</source>
        <translation>Es wurde nichts geschrieben:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1, without %n flag(s) the format cannot express:</source>
        <translation>
            <numerusform>Nach %1 exportiert, ohne %n Flag, das das Format nicht abbilden kann:</numerusform>
            <numerusform>Nach %1 exportiert, ohne %n Flags, die das Format nicht abbilden kann:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pennon::FlagDetailsView</name>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Besitzer: %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>This flag has no variations.</source>
        <translation>Dieses Flag hat keine Varianten.</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Always applies.</source>
        <translation>Gilt immer.</translation>
    </message>
    <message>
        <source>When this holds:</source>
        <translation>Wenn Folgendes zutrifft:</translation>
    </message>
    <message>
        <source>When all of these hold:</source>
        <translation>Wenn alle folgenden Bedingungen zutreffen:</translation>
    </message>
    <message>
        <source>Serves %1.</source>
        <translation>Liefert %1.</translation>
    </message>
    <message>
        <source>%1: not configured</source>
        <translation>%1: nicht konfiguriert</translation>
    </message>
    <message>
        <source>The flag is off here and serves nothing.</source>
        <translation>Das Flag ist hier ausgeschaltet und liefert nichts.</translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1: ein</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1: aus</translation>
    </message>
    <message>
        <source>Everyone gets the off variation %1.</source>
        <translation>Alle erhalten die Aus-Variante %1.</translation>
    </message>
    <message>
        <source>When switched on:</source>
        <translation>Wenn eingeschaltet:</translation>
    </message>
    <message>
        <source>Off variation: %1</source>
        <translation>Aus-Variante: %1</translation>
    </message>
    <message>
        <source>Otherwise serves %1.</source>
        <translation>Liefert sonst %1.</translation>
    </message>
    <message>
        <source>Select a flag to see its variations and rules.</source>
        <translation>Ein Flag auswählen, um seine Varianten und Regeln zu sehen.</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation>%1 (geschützt)</translation>
    </message>
</context>
<context>
    <name>Pennon::FlagFilterBar</name>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Shows only the flags with this tag</source>
        <translation>Zeigt nur die Flags mit diesem Schlagwort</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Besitzer filtern</translation>
    </message>
    <message>
        <source>Shows only the flags of this owner</source>
        <translation>Zeigt nur die Flags dieses Besitzers</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Zustand filtern</translation>
    </message>
    <message>
        <source>Shows only the flags on, or off, in the current environment</source>
        <translation>Zeigt nur die Flags, die in der aktuellen Umgebung ein- oder ausgeschaltet sind</translation>
    </message>
    <message>
        <source>any state</source>
        <translation>jeder Zustand</translation>
    </message>
    <message>
        <source>on here</source>
        <translation>hier ein</translation>
    </message>
    <message>
        <source>off here</source>
        <translation>hier aus</translation>
    </message>
    <message>
        <source>Only stale flags</source>
        <translation>Nur veraltete Flags</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>jedes Schlagwort</translation>
    </message>
    <message>
        <source>any owner</source>
        <translation>jeder Besitzer</translation>
    </message>
    <message numerus="yes">
        <source>Shows only the flags not changed for %n days that serve one variation to everyone in every environment (off, or every enabled rule and the default serving the same variation)</source>
        <translation>
            <numerusform>Zeigt nur die Flags, die seit %n Tag nicht geändert wurden und in jeder Umgebung allen eine Variante liefern (ausgeschaltet, oder jede aktive Regel und der Standard liefern dieselbe Variante)</numerusform>
            <numerusform>Zeigt nur die Flags, die seit %n Tagen nicht geändert wurden und in jeder Umgebung allen eine Variante liefern (ausgeschaltet, oder jede aktive Regel und der Standard liefern dieselbe Variante)</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Archived flags too</source>
        <translation>Auch archivierte Flags</translation>
    </message>
    <message>
        <source>Shows the archived flags too</source>
        <translation>Zeigt auch die archivierten Flags</translation>
    </message>
    <message>
        <source>Shows the archived flags too (%1)</source>
        <translation>Zeigt auch die archivierten Flags (%1)</translation>
    </message>
</context>
<context>
    <name>Pennon::FlagGeneralEditor</name>
    <message>
        <source>Flag name</source>
        <translation>Name des Flags</translation>
    </message>
    <message>
        <source>Flag description</source>
        <translation>Beschreibung des Flags</translation>
    </message>
    <message>
        <source>Flag tags</source>
        <translation>Schlagwörter des Flags</translation>
    </message>
    <message>
        <source>comma-separated, e.g. checkout, web</source>
        <translation>durch Kommas getrennt, z. B. checkout, web</translation>
    </message>
    <message>
        <source>Flag owner</source>
        <translation>Besitzer des Flags</translation>
    </message>
    <message>
        <source>e.g. anna@example.com</source>
        <translation>z. B. anna@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schla&amp;gwörter:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Be&amp;sitzer:</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>%1 beschreiben</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>%1 verschlagworten</translation>
    </message>
    <message>
        <source>Change the owner of %1</source>
        <translation>Besitzer von %1 ändern</translation>
    </message>
</context>
<context>
    <name>Pennon::FlagListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Not configured in %1, so off</source>
        <translation>In %1 nicht konfiguriert, daher ausgeschaltet</translation>
    </message>
    <message>
        <source>On in %1</source>
        <translation>In %1 eingeschaltet</translation>
    </message>
    <message>
        <source>Off in %1</source>
        <translation>In %1 ausgeschaltet</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>%1 — unsaved changes (File ▸ Save writes them)</source>
        <translation>%1 — ungespeicherte Änderungen (Datei ▸ Speichern schreibt sie)</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known when this flag was last saved</source>
        <translation>Nicht bekannt, wann dieses Flag zuletzt gespeichert wurde</translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation>Zuletzt gespeichert %1</translation>
    </message>
    <message>
        <source>Last saved %1 by %2</source>
        <translation>Zuletzt gespeichert %1 von %2</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>Pennon::FlagVariationsEditor</name>
    <message>
        <source>&amp;Add Variation</source>
        <translation>Variante hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>a boolean flag&apos;s value is true or false</source>
        <translation>der Wert eines booleschen Flags ist true oder false</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>a JSON flag&apos;s value cannot be null</source>
        <translation>der Wert eines JSON-Flags kann nicht null sein</translation>
    </message>
    <message>
        <source>Variation key: %1</source>
        <translation>Schlüssel der Variante: %1</translation>
    </message>
    <message>
        <source>The flag has a variation %1 already</source>
        <translation>Das Flag hat schon eine Variante %1</translation>
    </message>
    <message>
        <source>Rename variation %1 of %2</source>
        <translation>Variante %1 von %2 umbenennen</translation>
    </message>
    <message>
        <source>Value of %1: %2</source>
        <translation>Wert von %1: %2</translation>
    </message>
    <message>
        <source>Change the value of %1 of %2</source>
        <translation>Wert von %1 in %2 ändern</translation>
    </message>
    <message>
        <source>Describe variation %1 of %2</source>
        <translation>Variante %1 von %2 beschreiben</translation>
    </message>
    <message>
        <source>Add variation %1 to %2</source>
        <translation>Variante %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>%1 cannot be removed while the flag uses it: %2</source>
        <translation>%1 kann nicht entfernt werden, solange das Flag sie verwendet: %2</translation>
    </message>
    <message>
        <source>Remove variation %1 from %2</source>
        <translation>Variante %1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Move variation %1 of %2</source>
        <translation>Variante %1 von %2 verschieben</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>%1 cannot be renamed while other flags&apos; prerequisites name it: %2</source>
        <translation>%1 kann nicht umbenannt werden, solange Voraussetzungen anderer Flags sie nennen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be removed while other flags&apos; prerequisites name it: %2</source>
        <translation>%1 kann nicht entfernt werden, solange Voraussetzungen anderer Flags sie nennen: %2</translation>
    </message>
    <message>
        <source>%1 (%2, rule %3)</source>
        <translation>%1 (%2, Regel %3)</translation>
    </message>
</context>
<context>
    <name>Pennon::HistoryModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>Pennon::HistoryPane</name>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;Zurücknehmen …</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>The selected change in words</source>
        <translation>Die gewählte Änderung in Worten</translation>
    </message>
    <message>
        <source>Select a change to see what it changed.</source>
        <translation>Wählen Sie eine Änderung, um zu sehen, was sie geändert hat.</translation>
    </message>
    <message>
        <source>Revert the selected change</source>
        <translation>Die gewählte Änderung zurücknehmen</translation>
    </message>
    <message>
        <source>Puts back the state before the selected change, as a change of its own</source>
        <translation>Stellt den Zustand vor der gewählten Änderung wieder her, als eigene Änderung</translation>
    </message>
    <message>
        <source>This change cannot be read: %1</source>
        <translation>Diese Änderung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Change %1 reverted: recorded as change %2.</source>
        <translation>Änderung %1 zurückgenommen: aufgezeichnet als Änderung %2.</translation>
    </message>
    <message>
        <source>Change %1 was not reverted: %2</source>
        <translation>Änderung %1 wurde nicht zurückgenommen: %2</translation>
    </message>
    <message>
        <source>This workspace has no database behind it, and so no history.</source>
        <translation>Hinter diesem Arbeitsbereich steht keine Datenbank, daher gibt es keinen Verlauf.</translation>
    </message>
    <message>
        <source>Reading change %1…</source>
        <translation>Änderung %1 wird gelesen …</translation>
    </message>
    <message>
        <source>Change %1 · %2 %3 · %4</source>
        <translation>Änderung %1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Reverting change %1…</source>
        <translation>Änderung %1 wird zurückgenommen …</translation>
    </message>
</context>
<context>
    <name>Pennon::HistoryWindow</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>History – %1</source>
        <translation>Verlauf – %1</translation>
    </message>
    <message>
        <source>Kind of object</source>
        <translation>Art des Objekts</translation>
    </message>
    <message>
        <source>Any object</source>
        <translation>Alle Objekte</translation>
    </message>
    <message>
        <source>Key contains</source>
        <translation>Schlüssel enthält</translation>
    </message>
    <message>
        <source>Who made the change</source>
        <translation>Wer die Änderung vorgenommen hat</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Changes from</source>
        <translation>Änderungen ab</translation>
    </message>
    <message>
        <source>Changes until</source>
        <translation>Änderungen bis</translation>
    </message>
    <message>
        <source>Only changes from a time</source>
        <translation>Nur Änderungen ab einem Zeitpunkt</translation>
    </message>
    <message>
        <source>Only changes before a time</source>
        <translation>Nur Änderungen vor einem Zeitpunkt</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This workspace has no database behind it, and so no history.</source>
        <translation>Hinter diesem Arbeitsbereich steht keine Datenbank, daher gibt es keinen Verlauf.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n change(s) shown; more as you scroll</source>
        <translation>
            <numerusform>%n neueste Änderung angezeigt; weitere beim Scrollen</numerusform>
            <numerusform>%n neueste Änderungen angezeigt; weitere beim Scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pennon::ImpactLine</name>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details …</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Change impact of %1</source>
        <translation>Auswirkung der Änderung für %1</translation>
    </message>
    <message>
        <source>%1: working out how many of %2 users would get another variation…</source>
        <translation>%1: Es wird ermittelt, wie viele von %2 Nutzern eine andere Variante bekämen …</translation>
    </message>
    <message>
        <source>Details of the change impact of %1</source>
        <translation>Details zur Auswirkung der Änderung für %1</translation>
    </message>
    <message>
        <source>%1: no change impact (%2).</source>
        <translation>%1: Auswirkung nicht ermittelbar (%2).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 users (%4 %) would get another variation.</source>
        <translation>%1: %2 von %3 Nutzern (%4 %) bekämen eine andere Variante.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 users (%4 %) would get another variation of at least one of %n flag(s).</source>
        <translation>
            <numerusform>%1: %2 von %3 Nutzern (%4 %) bekämen bei %n Flag eine andere Variante.</numerusform>
            <numerusform>%1: %2 von %3 Nutzern (%4 %) bekämen bei mindestens einem von %n Flags eine andere Variante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n saved persona(s) changes.</source>
        <translation><numerusform>Die %n gespeicherte Persona ändert sich nicht.</numerusform><numerusform>Keine der %n gespeicherten Personas ändert sich.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation><numerusform>%n weitere</numerusform><numerusform>%n weitere</numerusform></translation>
    </message>
    <message>
        <source>Saved personas who change: %1.</source>
        <translation>Gespeicherte Personas mit anderer Variante: %1.</translation>
    </message>
</context>
<context>
    <name>Pennon::ImpactWindow</name>
    <message>
        <source>(no variation)</source>
        <translation>(keine Variante)</translation>
    </message>
    <message>
        <source>&amp;Flag:</source>
        <translation>&amp;Flag:</translation>
    </message>
    <message>
        <source>&amp;Activation or segment:</source>
        <translation>A&amp;ktivierung oder Segment:</translation>
    </message>
    <message>
        <source>Compared &amp;with:</source>
        <translation>Verglichen &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Open as &amp;Persona</source>
        <translation>Als &amp;Persona öffnen</translation>
    </message>
    <message>
        <source>Change Impact</source>
        <translation>Auswirkung einer Änderung</translation>
    </message>
    <message>
        <source>What to compare</source>
        <translation>Was verglichen wird</translation>
    </message>
    <message>
        <source>A flag: saved vs as edited</source>
        <translation>Ein Flag: gespeicherter vs. bearbeiteter Stand</translation>
    </message>
    <message>
        <source>A flag: one environment vs another</source>
        <translation>Ein Flag: eine Umgebung vs. eine andere</translation>
    </message>
    <message>
        <source>An activation or segment: saved vs as edited</source>
        <translation>Eine Aktivierung oder ein Segment: gespeicherter vs. bearbeiteter Stand</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Activation or segment</source>
        <translation>Aktivierung oder Segment</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Environment compared with</source>
        <translation>Vergleichsumgebung</translation>
    </message>
    <message>
        <source>Run the comparison</source>
        <translation>Vergleich starten</translation>
    </message>
    <message>
        <source>Cancel the comparison</source>
        <translation>Vergleich abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Users who change</source>
        <translation>Nutzer mit anderer Variante</translation>
    </message>
    <message>
        <source>Flags that use it, with the users who change</source>
        <translation>Flags, die dies verwenden, und wie viele Nutzer jeweils eine andere Variante bekämen</translation>
    </message>
    <message>
        <source>Users Who Change</source>
        <translation>Nutzer mit anderer Variante</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Users by variation before (rows) and after (columns)</source>
        <translation>Nutzer nach Variante vorher (Zeilen) und nachher (Spalten)</translation>
    </message>
    <message>
        <source>Users per change of variation</source>
        <translation>Nutzer je Variantenwechsel</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Sample users who change</source>
        <translation>Beispielnutzer mit anderer Variante</translation>
    </message>
    <message>
        <source>Open the sample user as a persona</source>
        <translation>Den Beispielnutzer als Persona öffnen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>C&amp;ompare:</source>
        <translation>&amp;Vergleich:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Before (rows) → after (columns):</source>
        <translation>V&amp;orher (Zeilen) → nachher (Spalten):</translation>
    </message>
    <message>
        <source>Sa&amp;mple users who change (double-click or Enter opens one as a persona):</source>
        <translation>Beispie&amp;lnutzer mit anderer Variante (Doppelklick oder Eingabetaste öffnet einen als Persona):</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>A shared activation or segment was saved while the comparison ran, so its result would be stale: it was cancelled. Run again to compare the workspace as it is now.</source>
        <translation>Eine gemeinsame Aktivierung oder ein Segment wurde während des Vergleichs gespeichert, sein Ergebnis wäre also veraltet: Er wurde abgebrochen. Starten Sie ihn erneut, um den Arbeitsbereich im aktuellen Stand zu vergleichen.</translation>
    </message>
    <message>
        <source>Change &amp;Impact…</source>
        <translation>&amp;Auswirkung einer Änderung …</translation>
    </message>
    <message>
        <source>How many users would get another variation when a change is saved, or between two environments</source>
        <translation>Wie viele Nutzer beim Speichern einer Änderung oder zwischen zwei Umgebungen eine andere Variante bekämen</translation>
    </message>
    <message>
        <source>The %1 was edited again while the comparison ran, so its result would be stale: it was cancelled. Run again to compare it as edited now.</source>
        <translation>%1 wurde während des Vergleichs erneut bearbeitet, sein Ergebnis wäre also veraltet: Er wurde abgebrochen. Starten Sie ihn erneut, um den jetzt bearbeiteten Stand zu vergleichen.</translation>
    </message>
    <message>
        <source>The %1 was edited again while the comparison ran, so its result would be stale: it was cancelled.</source>
        <translation>%1 wurde während des Vergleichs erneut bearbeitet, sein Ergebnis wäre also veraltet: Er wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A new comparison was asked for.</source>
        <translation>Ein neuer Vergleich wurde angefordert.</translation>
    </message>
    <message>
        <source>Activation %1</source>
        <translation>Aktivierung %1</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>Compared as edited in the library editor (not saved yet) with its saved state, over every flag that uses it.</source>
        <translation>Vergleicht den im Bibliothekseditor bearbeiteten (noch nicht gespeicherten) Stand mit dem gespeicherten, über alle Flags, die dies verwenden.</translation>
    </message>
    <message>
        <source>No unsaved edit of it: use Impact… in its library editor to compare an edit.</source>
        <translation>Keine ungespeicherte Bearbeitung: Verwenden Sie „Auswirkung …“ im Bibliothekseditor, um eine Bearbeitung zu vergleichen.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet …</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>The flag &apos;%1&apos; was edited while the comparison ran, so its result would be stale: it was cancelled. Run again to compare the flag as edited now.</source>
        <translation>Das Flag &apos;%1&apos; wurde während des Vergleichs bearbeitet, sein Ergebnis wäre also veraltet: Er wurde abgebrochen. Starten Sie ihn erneut, um das Flag im aktuellen Stand zu vergleichen.</translation>
    </message>
    <message>
        <source>Choose what to compare and the users, then Run.</source>
        <translation>Wählen Sie den Vergleich und die Nutzer und klicken Sie dann auf „Starten“.</translation>
    </message>
    <message>
        <source>%1 Counted %2 users before stopping.</source>
        <translation>%1 Bis zum Abbruch wurden %2 Nutzer gezählt.</translation>
    </message>
    <message>
        <source>%1 users compared in %2 s.</source>
        <translation>%1 Nutzer in %2 s verglichen.</translation>
    </message>
    <message>
        <source>No flag uses %1 in this environment: nobody changes.</source>
        <translation>Kein Flag verwendet %1 in dieser Umgebung: Niemand bekommt eine andere Variante.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 users (%3) would get another variation of at least one of %n flag(s).</source>
        <translation>
            <numerusform>%1 von %2 Nutzern (%3) bekämen bei %n Flag eine andere Variante.</numerusform>
            <numerusform>%1 von %2 Nutzern (%3) bekämen bei mindestens einem von %n Flags eine andere Variante.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 users (%3) would get another variation of %4.</source>
        <translation>%1 von %2 Nutzern (%3) bekämen bei %4 eine andere Variante.</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unverändert: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: nobody changes</source>
        <translation>%1: Niemand bekommt eine andere Variante</translation>
    </message>
    <message>
        <source>%1: users per change of variation</source>
        <translation>%1: Nutzer je Variantenwechsel</translation>
    </message>
    <message>
        <source>Save Chart as PN&amp;G…</source>
        <translation>Diagramm als PN&amp;G speichern …</translation>
    </message>
    <message>
        <source>Save Chart as S&amp;VG…</source>
        <translation>Diag&amp;ramm als SVG speichern …</translation>
    </message>
    <message>
        <source>Save &amp;Numbers as CSV…</source>
        <translation>&amp;Zahlen als CSV speichern …</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Das Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation>Das Diagramm als SVG speichern</translation>
    </message>
    <message>
        <source>Save the numbers as CSV</source>
        <translation>Die Zahlen als CSV speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save Numbers as CSV</source>
        <translation>Zahlen als CSV speichern</translation>
    </message>
</context>
<context>
    <name>Pennon::ImportDialog</name>
    <message>
        <source>&amp;Merge: add and update what the file has, keep the rest</source>
        <translation>&amp;Zusammenführen: hinzufügen und aktualisieren, was die Datei enthält, den Rest behalten</translation>
    </message>
    <message>
        <source>&amp;Replace: the workspace becomes exactly the file</source>
        <translation>&amp;Ersetzen: der Arbeitsbereich wird genau zur Datei</translation>
    </message>
    <message>
        <source>Import into the Workspace</source>
        <translation>In den Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>File to read</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Pennon JSON</source>
        <translation>Pennon JSON</translation>
    </message>
    <message>
        <source>flagd flag definitions (OpenFeature)</source>
        <translation>flagd-Flag-Definitionen (OpenFeature)</translation>
    </message>
    <message>
        <source>Unleash client API features</source>
        <translation>Features der Unleash-Client-API</translation>
    </message>
    <message>
        <source>flagd and Unleash files hold one environment: the one they are read into (type a new key to add one)</source>
        <translation>flagd- und Unleash-Dateien enthalten eine Umgebung: die, in die sie eingelesen werden (geben Sie einen neuen Schlüssel ein, um eine hinzuzufügen)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei aus.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported; the workspace is unchanged:</source>
        <translation>%1 kann nicht importiert werden; der Arbeitsbereich ist unverändert:</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>would add %1</source>
        <translation>würde hinzufügen: %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>would change %1</source>
        <translation>würde ändern: %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>würde entfernen: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 entfernt, %4 unverändert</translation>
    </message>
    <message>
        <source>Preview, nothing written: %1</source>
        <translation>Vorschau, nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: the workspace has no database to write to.</source>
        <translation>Nichts wurde importiert: der Arbeitsbereich hat keine Datenbank, in die geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Checking %1 against the workspace…</source>
        <translation>%1 wird mit dem Arbeitsbereich abgeglichen …</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
</context>
<context>
    <name>Pennon::LibraryEditor</name>
    <message>
        <source>Add C&amp;ondition</source>
        <translation>Bedingung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Condition</source>
        <translation>Bedingung ent&amp;fernen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Activation key</source>
        <translation>Schlüssel der Aktivierung</translation>
    </message>
    <message>
        <source>Segment key</source>
        <translation>Schlüssel des Segments</translation>
    </message>
    <message>
        <source>Activation name</source>
        <translation>Name der Aktivierung</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Name des Segments</translation>
    </message>
    <message>
        <source>Activation description</source>
        <translation>Beschreibung der Aktivierung</translation>
    </message>
    <message>
        <source>Segment description</source>
        <translation>Beschreibung des Segments</translation>
    </message>
    <message>
        <source>The segment&apos;s conditions</source>
        <translation>Die Bedingungen des Segments</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Eine Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected condition</source>
        <translation>Die gewählte Bedingung entfernen</translation>
    </message>
    <message>
        <source>Move the condition up</source>
        <translation>Die Bedingung nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the condition up (Alt+Up)</source>
        <translation>Die Bedingung nach oben verschieben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move the condition down</source>
        <translation>Die Bedingung nach unten verschieben</translation>
    </message>
    <message>
        <source>Move the condition down (Alt+Down)</source>
        <translation>Die Bedingung nach unten verschieben (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Revert the changes</source>
        <translation>Die Änderungen zurücknehmen</translation>
    </message>
    <message>
        <source>Save the activation</source>
        <translation>Die Aktivierung speichern</translation>
    </message>
    <message>
        <source>Save the segment</source>
        <translation>Das Segment speichern</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Cond&amp;itions (all must hold):</source>
        <translation>Be&amp;dingungen (alle müssen zutreffen):</translation>
    </message>
    <message>
        <source>Holds when:</source>
        <translation>Trifft zu, wenn:</translation>
    </message>
    <message>
        <source>The selected condition:</source>
        <translation>Die gewählte Bedingung:</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Schlüssel ändern</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Name ändern</translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>The key stays: flags and segments refer to it</source>
        <translation>Der Schlüssel bleibt: Flags und Segmente verweisen darauf</translation>
    </message>
    <message>
        <source>No activation selected</source>
        <translation>Keine Aktivierung gewählt</translation>
    </message>
    <message>
        <source>No segment selected</source>
        <translation>Kein Segment gewählt</translation>
    </message>
    <message>
        <source>New activation</source>
        <translation>Neue Aktivierung</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <source>Activation %1</source>
        <translation>Aktivierung %1</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <source>The workspace is read-only</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>No changes to save</source>
        <translation>Keine Änderungen zu speichern</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>Kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Review the flags this changes, then save</source>
        <translation>Die betroffenen Flags prüfen, dann speichern</translation>
    </message>
    <message>
        <source>Add a condition to %1</source>
        <translation>Bedingung zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove condition %1 of %2</source>
        <translation>Bedingung %1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Move condition %1 of %2</source>
        <translation>Bedingung %1 von %2 verschieben</translation>
    </message>
    <message>
        <source>Revert the changes to %1</source>
        <translation>Änderungen an %1 zurücknehmen</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you started; nothing was saved.</source>
        <translation>%1 wurde seit Beginn Ihrer Bearbeitung von %2 geändert (Zeitpunkt: %3); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Keep your edit to save it over theirs (the review shows it again), or take theirs and drop your edit.</source>
        <translation>Behalten Sie Ihre Bearbeitung, um sie über deren Fassung zu speichern (die Prüfung zeigt sie erneut), oder übernehmen Sie deren Fassung und verwerfen Sie Ihre Bearbeitung.</translation>
    </message>
    <message>
        <source>&amp;Keep My Edit</source>
        <translation>&amp;Meine Bearbeitung behalten</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Deren Fassung übernehmen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Im&amp;pact…</source>
        <translation>Auswir&amp;kung …</translation>
    </message>
    <message>
        <source>Change impact of the edit on the flags that use it</source>
        <translation>Auswirkung der Bearbeitung auf die Flags, die dies verwenden</translation>
    </message>
    <message>
        <source>How many users would get another variation of the flags that use it</source>
        <translation>Wie viele Nutzer bei den Flags, die dies verwenden, eine andere Variante bekämen</translation>
    </message>
    <message>
        <source>Change its conditions to see the impact of the change</source>
        <translation>Ändern Sie die Bedingungen, um die Auswirkung der Änderung zu sehen</translation>
    </message>
</context>
<context>
    <name>Pennon::LibraryImpactDialog</name>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New activation %1</source>
        <translation>Neue Aktivierung %1</translation>
    </message>
    <message>
        <source>New segment %1</source>
        <translation>Neues Segment %1</translation>
    </message>
    <message>
        <source>Activation %1</source>
        <translation>Aktivierung %1</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>name: %1 → %2</source>
        <translation>Name: %1 → %2</translation>
    </message>
    <message>
        <source>description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>condition %1</source>
        <translation>Bedingung %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 removed: %2</source>
        <translation>%1 entfernt: %2</translation>
    </message>
    <message>
        <source>No flag uses it yet: saving it changes no flag&apos;s behaviour.</source>
        <translation>Noch verwendet kein Flag dies: Das Speichern ändert das Verhalten keines Flags.</translation>
    </message>
    <message>
        <source>Its conditions stay as they are: no flag&apos;s behaviour changes.</source>
        <translation>Die Bedingungen bleiben, wie sie sind: Kein Flag ändert sein Verhalten.</translation>
    </message>
    <message>
        <source>No enabled rule of any flag reaches it: no flag&apos;s behaviour changes.</source>
        <translation>Keine aktivierte Regel eines Flags erreicht dies: Kein Flag ändert sein Verhalten.</translation>
    </message>
    <message numerus="yes">
        <source>The behaviour of %n flag(s) changes:</source>
        <translation>
            <numerusform>Das Verhalten von %n Flag ändert sich:</numerusform>
            <numerusform>Das Verhalten von %n Flags ändert sich:</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off here: it serves its off variation until switched on</source>
        <translation>hier aus: liefert seine Aus-Variante, bis es eingeschaltet wird</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — follows %2 by a prerequisite in %3 (%4)</source>
        <translation>%1 — folgt %2 über eine Voraussetzung in %3 (%4)</translation>
    </message>
    <message>
        <source>Review and Save the Activation</source>
        <translation>Aktivierung prüfen und speichern</translation>
    </message>
    <message>
        <source>Review and Save the Segment</source>
        <translation>Segment prüfen und speichern</translation>
    </message>
    <message>
        <source>What saving changes</source>
        <translation>Was das Speichern ändert</translation>
    </message>
    <message>
        <source>Why: goes into the history with the change</source>
        <translation>Warum: kommt mit der Änderung in den Verlauf</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Saving changes every flag that uses it:</source>
        <translation>Das Speichern ändert jedes Flag, das dies verwendet:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Change the flags&apos; behaviour in the protected environment(s) %1</source>
        <translation>Das Verhalten der Flags in den geschützten Umgebungen %1 ändern</translation>
    </message>
    <message>
        <source>Change impact in protected environments</source>
        <translation>Auswirkung der Änderung in geschützten Umgebungen</translation>
    </message>
</context>
<context>
    <name>Pennon::LibraryListModel</name>
    <message numerus="yes">
        <source>used by %n flag(s)</source>
        <translation>
            <numerusform>von %n Flag verwendet</numerusform>
            <numerusform>von %n Flags verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n other segment(s) or activation(s)</source>
        <translation>
            <numerusform>%1, in %n weiteren Segment oder Aktivierung</numerusform>
            <numerusform>%1, in %n weiteren Segmenten oder Aktivierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>everyone (no conditions)</source>
        <translation>alle (keine Bedingungen)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Holds when</source>
        <translation>Trifft zu, wenn</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>Pennon::LibraryTab</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Ne&amp;w Activation</source>
        <translation>&amp;Neue Aktivierung</translation>
    </message>
    <message>
        <source>Ne&amp;w Segment</source>
        <translation>&amp;Neues Segment</translation>
    </message>
    <message>
        <source>New activation</source>
        <translation>Neue Aktivierung</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <source>Duplicate the activation</source>
        <translation>Die Aktivierung duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the segment</source>
        <translation>Das Segment duplizieren</translation>
    </message>
    <message>
        <source>Delete the activation</source>
        <translation>Die Aktivierung löschen</translation>
    </message>
    <message>
        <source>Delete the segment</source>
        <translation>Das Segment löschen</translation>
    </message>
    <message>
        <source>Flags and segments that use it</source>
        <translation>Flags und Segmente, die dies verwenden</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show it</source>
        <translation>Zum Anzeigen doppelklicken oder die Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Show the flag or segment that uses it</source>
        <translation>Das Flag oder Segment anzeigen, das dies verwendet</translation>
    </message>
    <message>
        <source>Shows the flag in the main window, or the segment in its tab</source>
        <translation>Zeigt das Flag im Hauptfenster, das Segment auf seiner Registerkarte</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Nichts wurde gelöscht: %1</translation>
    </message>
    <message>
        <source>the new one</source>
        <translation>dem neuen Eintrag</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to %1?</source>
        <translation>Die ungespeicherten Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Flag %1: double-click or press Enter to show it in the main window</source>
        <translation>Flag %1: Zum Anzeigen im Hauptfenster doppelklicken oder die Eingabetaste drücken</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>activation %1</source>
        <translation>Aktivierung %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message numerus="yes">
        <source>the flag(s) %1</source>
        <translation>
            <numerusform>Flag %1</numerusform>
            <numerusform>Flags %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the segment(s) %1</source>
        <translation>
            <numerusform>Segment %1</numerusform>
            <numerusform>Segmente %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the activation(s) %1</source>
        <translation>
            <numerusform>Aktivierung %1</numerusform>
            <numerusform>Aktivierungen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>The %1 cannot be deleted while it is used by %2.</source>
        <translation>%1 kann nicht gelöscht werden; noch verwendet von: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Remove it from their conditions first.</source>
        <translation>Entfernen Sie die Verweise zuerst aus deren Bedingungen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Nothing uses it: no flag&apos;s behaviour changes.</source>
        <translation>Nichts verwendet dies: Kein Flag ändert sein Verhalten.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
</context>
<context>
    <name>Pennon::LibraryWindow</name>
    <message>
        <source>Activations and Segments – Pennon</source>
        <translation>Aktivierungen und Segmente – Pennon</translation>
    </message>
    <message>
        <source>Activations and segments</source>
        <translation>Aktivierungen und Segmente</translation>
    </message>
    <message>
        <source>Activations or segments</source>
        <translation>Aktivierungen oder Segmente</translation>
    </message>
    <message>
        <source>&amp;Activations</source>
        <translation>&amp;Aktivierungen</translation>
    </message>
    <message>
        <source>S&amp;egments</source>
        <translation>S&amp;egmente</translation>
    </message>
    <message>
        <source>Named conditions that rules use from the library</source>
        <translation>Benannte Bedingungen, die Regeln aus der Bibliothek verwenden</translation>
    </message>
    <message>
        <source>Groups of conditions that all must hold</source>
        <translation>Gruppen von Bedingungen, die alle zutreffen müssen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Close and discard the unsaved changes to %1?</source>
        <translation>Schließen und die ungespeicherten Änderungen an %1 verwerfen?</translation>
    </message>
</context>
<context>
    <name>Pennon::MainActions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find Flags</source>
        <translation>Flags &amp;suchen</translation>
    </message>
    <message>
        <source>Show &amp;Archived Flags</source>
        <translation>&amp;Archivierte Flags anzeigen</translation>
    </message>
    <message>
        <source>&amp;About Pennon</source>
        <translation>&amp;Über Pennon</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Close Pennon</source>
        <translation>Pennon beenden</translation>
    </message>
    <message>
        <source>Search flags by key, name, tag or owner</source>
        <translation>Flags nach Schlüssel, Name, Schlagwort oder Besitzer suchen</translation>
    </message>
    <message>
        <source>Include archived flags in the list</source>
        <translation>Archivierte Flags in die Liste aufnehmen</translation>
    </message>
    <message>
        <source>Version, licence and purpose of Pennon</source>
        <translation>Version, Lizenz und Zweck von Pennon</translation>
    </message>
    <message>
        <source>The Qt version Pennon runs on and its licence</source>
        <translation>Die Qt-Version, mit der Pennon läuft, und ihre Lizenz</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Read a Pennon JSON, flagd or Unleash file into the workspace database, with a preview first</source>
        <translation>Eine Datei im Format Pennon JSON, flagd oder Unleash mit vorheriger Vorschau in die Datenbank des Arbeitsbereichs einlesen</translation>
    </message>
    <message>
        <source>Write the workspace as Pennon JSON, flagd (OpenFeature), Unleash or CSV</source>
        <translation>Den Arbeitsbereich als Pennon JSON, flagd (OpenFeature), Unleash oder CSV schreiben</translation>
    </message>
    <message>
        <source>&amp;New Flag…</source>
        <translation>&amp;Neues Flag …</translation>
    </message>
    <message>
        <source>Create a flag: key, name and a type with its variations</source>
        <translation>Ein Flag anlegen: Schlüssel, Name und ein Typ mit seinen Varianten</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>&amp;Discard Changes…</source>
        <translation>Änderungen &amp;verwerfen …</translation>
    </message>
    <message>
        <source>Review the unsaved changes and write them to the workspace database</source>
        <translation>Die ungespeicherten Änderungen prüfen und in die Datenbank des Arbeitsbereichs schreiben</translation>
    </message>
    <message>
        <source>Drop every unsaved change (Edit ▸ Undo brings them back)</source>
        <translation>Alle ungespeicherten Änderungen verwerfen (Bearbeiten ▸ Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Flag…</source>
        <translation>Flag d&amp;uplizieren …</translation>
    </message>
    <message>
        <source>&amp;Archive Flag</source>
        <translation>Flag &amp;archivieren</translation>
    </message>
    <message>
        <source>&amp;Delete Flag…</source>
        <translation>Flag &amp;löschen …</translation>
    </message>
    <message>
        <source>Copy the selected flag, its variations and environments, under a new key</source>
        <translation>Das gewählte Flag mit Varianten und Umgebungen unter einem neuen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Archive the selected flag: hidden from the list, still evaluated</source>
        <translation>Das gewählte Flag archivieren: aus der Liste ausgeblendet, weiter ausgewertet</translation>
    </message>
    <message>
        <source>Delete the selected flag from the workspace database, after asking</source>
        <translation>Das gewählte Flag nach Rückfrage aus der Datenbank des Arbeitsbereichs löschen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Language, default workspace and when a flag is stale</source>
        <translation>Sprache, Standard-Arbeitsbereich und wann ein Flag veraltet ist</translation>
    </message>
</context>
<context>
    <name>Pennon::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Search key, name, tag or owner</source>
        <translation>Schlüssel, Name, Schlagwort, Besitzer</translation>
    </message>
    <message>
        <source>Shows the flags whose key, name, tags or owner contain every word typed here (%1)</source>
        <translation>Zeigt die Flags, deren Schlüssel, Name, Schlagwörter oder Besitzer jedes hier eingegebene Wort enthalten (%1)</translation>
    </message>
    <message>
        <source>no workspace</source>
        <translation>kein Arbeitsbereich</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) · %1</source>
        <translation>
            <numerusform>%n Flag · %1</numerusform>
            <numerusform>%n Flags · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n flag(s) shown · %2</source>
        <translation>
            <numerusform>%1 von %n Flag angezeigt · %2</numerusform>
            <numerusform>%1 von %n Flags angezeigt · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read-only) – Pennon</source>
        <translation>%1 (schreibgeschützt) – Pennon</translation>
    </message>
    <message>
        <source>Opening %1 – Pennon</source>
        <translation>%1 wird geöffnet – Pennon</translation>
    </message>
    <message>
        <source>No Workspace – Pennon</source>
        <translation>Kein Arbeitsbereich – Pennon</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>New flag %1</source>
        <translation>Neues Flag %1</translation>
    </message>
    <message>
        <source>%1[*] – Pennon</source>
        <translation>%1[*] – Pennon</translation>
    </message>
    <message>
        <source>workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved changes to %n flag(s)?</source>
        <translation>
            <numerusform>Die ungespeicherten Änderungen an %n Flag verwerfen?</numerusform>
            <numerusform>Die ungespeicherten Änderungen an %n Flags verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard all changes</source>
        <translation>Alle Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Duplicate %1 as %2</source>
        <translation>%1 als %2 duplizieren</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>%1 archivieren</translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation>%1 nicht mehr archivieren</translation>
    </message>
    <message>
        <source>Delete Flag</source>
        <translation>Flag löschen</translation>
    </message>
    <message>
        <source>Delete the flag %1?</source>
        <translation>Das Flag %1 löschen?</translation>
    </message>
    <message>
        <source>It is off in every environment.</source>
        <translation>Es ist in jeder Umgebung aus.</translation>
    </message>
    <message>
        <source>It is on in %1: applications asking for it there get their default value instead.</source>
        <translation>Es ist an in %1: Anwendungen, die dort danach fragen, bekommen stattdessen ihren Standardwert.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Parts of the flag</source>
        <translation>Teile des Flags</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Name, description, tags, owner and variations</source>
        <translation>Name, Beschreibung, Schlagwörter, Besitzer und Varianten</translation>
    </message>
    <message>
        <source>On or off, rules and what the flag serves in %1</source>
        <translation>Ein oder aus, Regeln und was das Flag in %1 liefert</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The flag in words, every environment</source>
        <translation>Das Flag in Worten, alle Umgebungen</translation>
    </message>
    <message>
        <source>Search flags</source>
        <translation>Flags suchen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>The flag in words</source>
        <translation>Das Flag in Worten</translation>
    </message>
    <message>
        <source>Cannot save while the connection to %1 is lost; the changes are kept.</source>
        <translation>Speichern ist nicht möglich, solange die Verbindung zu %1 verloren ist; die Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Activations and Se&amp;gments…</source>
        <translation>Aktivierungen und Se&amp;gmente …</translation>
    </message>
    <message>
        <source>The shared activations and segments, who uses them, and their editors</source>
        <translation>Die gemeinsamen Aktivierungen und Segmente, wer sie verwendet, und ihre Editoren</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>Every recorded change of the workspace, with filters and Revert</source>
        <translation>Jede aufgezeichnete Änderung des Arbeitsbereichs, mit Filtern und Rücknahme</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The flag&apos;s recorded changes, newest first</source>
        <translation>Die aufgezeichneten Änderungen des Flags, neueste zuerst</translation>
    </message>
    <message>
        <source>%1 is hidden by the list&apos;s filters</source>
        <translation>%1 ist durch die Filter der Liste ausgeblendet</translation>
    </message>
    <message>
        <source>&amp;What Does This Persona Get?</source>
        <translation>&amp;Was bekommt diese Persona?</translation>
    </message>
    <message>
        <source>The persona window, on this flag: its variation and trace for the persona</source>
        <translation>Das Persona-Fenster zu diesem Flag: seine Variante und sein Ablauf für die Persona</translation>
    </message>
    <message>
        <source>What does this persona get?</source>
        <translation>Was bekommt diese Persona?</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Persona…</source>
        <translation>&amp;Persona …</translation>
    </message>
    <message>
        <source>One user&apos;s variation of every flag, with the trace of how it was reached</source>
        <translation>Die Variante jedes Flags für einen Nutzer, mit dem Ablauf, wie sie zustande kam</translation>
    </message>
    <message>
        <source>What Does This Persona Get?</source>
        <comment>a button beside the flag&apos;s tabs; keep it short</comment>
        <translation>Persona prüfen</translation>
    </message>
    <message>
        <source>What does this persona get? The persona window, on this flag</source>
        <translation>Was bekommt diese Persona? Das Persona-Fenster zu diesem Flag</translation>
    </message>
</context>
<context>
    <name>Pennon::MatrixDetailModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>Pennon::MatrixWindow</name>
    <message>
        <source>&amp;Add Attribute</source>
        <translation>Attribut &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Evaluate as &amp;of:</source>
        <translation>Auswerten zum &amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Open as &amp;Persona</source>
        <translation>Als &amp;Persona öffnen</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>Als &amp;CSV speichern …</translation>
    </message>
    <message>
        <source>Simulation — Matrix</source>
        <translation>Simulation — Matrix</translation>
    </message>
    <message>
        <source>Add an attribute</source>
        <translation>Ein Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Number of combinations</source>
        <translation>Anzahl der Kombinationen</translation>
    </message>
    <message>
        <source>Evaluate as of a moment</source>
        <translation>Zu einem bestimmten Zeitpunkt auswerten</translation>
    </message>
    <message>
        <source>The moment to evaluate at (UTC)</source>
        <translation>Der Zeitpunkt der Auswertung (UTC)</translation>
    </message>
    <message>
        <source>Environments to include</source>
        <translation>Einzubeziehende Umgebungen</translation>
    </message>
    <message>
        <source>Flags whose key contains</source>
        <translation>Flags, deren Schlüssel diesen Text enthält</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>Alle Flags</translation>
    </message>
    <message>
        <source>Run the matrix</source>
        <translation>Matrix starten</translation>
    </message>
    <message>
        <source>Cancel the matrix</source>
        <translation>Matrix abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Variations per flag and environment</source>
        <translation>Varianten je Flag und Umgebung</translation>
    </message>
    <message>
        <source>Detail of the cell</source>
        <translation>Details der Zelle</translation>
    </message>
    <message>
        <source>Combinations of the cell</source>
        <translation>Kombinationen der Zelle</translation>
    </message>
    <message>
        <source>Open the combination as a persona</source>
        <translation>Die Kombination als Persona öffnen</translation>
    </message>
    <message>
        <source>Opens the selected combination in the persona window, on this flag (or double-click it)</source>
        <translation>Öffnet die gewählte Kombination im Persona-Fenster zu diesem Flag (oder doppelklicken Sie darauf)</translation>
    </message>
    <message>
        <source>Save the counts as CSV</source>
        <translation>Die Anzahlen als CSV speichern</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Values: a comma-separated list (de, fr, us) or whole-number ranges (18..80, 18..80 step 10); a backslash takes the next character as it is (a\,b).</source>
        <translation>Werte: eine durch Kommas getrennte Liste (de, fr, us) oder Bereiche ganzer Zahlen (18..80, 18..80 step 10); ein Backslash nimmt das nächste Zeichen wörtlich (a\,b).</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>&amp;Environments:</source>
        <translation>&amp;Umgebungen:</translation>
    </message>
    <message>
        <source>&amp;Flags:</source>
        <translation>&amp;Flags:</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Matri&amp;x…</source>
        <translation>&amp;Matrix …</translation>
    </message>
    <message>
        <source>Several values per attribute: how many of all their combinations get each variation, per flag and environment</source>
        <translation>Mehrere Werte je Attribut: wie viele aller ihrer Kombinationen welche Variante bekommen, je Flag und Umgebung</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolesch</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>de, fr, us  or  18..80</source>
        <translation>de, fr, us  oder  18..80</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Name of attribute %1</source>
        <translation>Name von Attribut %1</translation>
    </message>
    <message>
        <source>Type of attribute %1</source>
        <translation>Typ von Attribut %1</translation>
    </message>
    <message>
        <source>Values of attribute %1</source>
        <translation>Werte von Attribut %1</translation>
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation>Attribut %1 entfernen</translation>
    </message>
    <message>
        <source>The attribute needs a name.</source>
        <translation>Das Attribut braucht einen Namen.</translation>
    </message>
    <message>
        <source>The attribute &apos;%1&apos; is there twice.</source>
        <translation>Das Attribut &apos;%1&apos; ist doppelt vorhanden.</translation>
    </message>
    <message>
        <source>More than %1 combinations</source>
        <translation>Mehr als %1 Kombinationen</translation>
    </message>
    <message>
        <source>Combinations: %1</source>
        <translation>Kombinationen: %1</translation>
    </message>
    <message>
        <source>Correct the attributes marked above to run.</source>
        <translation>Korrigieren Sie die oben markierten Attribute, um zu starten.</translation>
    </message>
    <message>
        <source>Choose at least one environment to run.</source>
        <translation>Wählen Sie mindestens eine Umgebung, um zu starten.</translation>
    </message>
    <message>
        <source>The workspace has no flag to evaluate.</source>
        <translation>Der Arbeitsbereich hat kein Flag zum Auswerten.</translation>
    </message>
    <message>
        <source>No flag&apos;s key contains &apos;%1&apos;.</source>
        <translation>Kein Flag-Schlüssel enthält &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Evaluating %1 combinations…</source>
        <translation>%1 Kombinationen werden ausgewertet …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>%1 Evaluated %2 of %3 combinations before stopping; nothing is shown.</source>
        <translation>%1 Bis zum Abbruch wurden %2 von %3 Kombinationen ausgewertet; es wird nichts angezeigt.</translation>
    </message>
    <message>
        <source>Click a cell to list its combinations.</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Kombinationen aufzulisten.</translation>
    </message>
    <message>
        <source>Give each attribute its values, then Run.</source>
        <translation>Geben Sie jedem Attribut seine Werte und klicken Sie dann auf „Starten“.</translation>
    </message>
    <message>
        <source>%1 combinations × %2 flags × %3 environments in %4 s. Cells marked ≠ differ between environments.</source>
        <translation>%1 Kombinationen × %2 Flags × %3 Umgebungen in %4 s. Mit ≠ markierte Zellen unterscheiden sich zwischen den Umgebungen.</translation>
    </message>
    <message>
        <source>%1 in %2: %3 (differs between the environments)</source>
        <translation>%1 in %2: %3 (unterscheidet sich zwischen den Umgebungen)</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>Evaluating %1 in %2…</source>
        <translation>%1 in %2 wird ausgewertet …</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %3 — %n combination(s).</source>
        <translation>
            <numerusform>%1 in %2: %3 — %n Kombination.</numerusform>
            <numerusform>%1 in %2: %3 — %n Kombinationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace was edited while the matrix ran, so its result would be stale: it was cancelled. Run again to evaluate the workspace as edited now.</source>
        <translation>Der Arbeitsbereich wurde während der Berechnung der Matrix bearbeitet, ihr Ergebnis wäre also veraltet: Sie wurde abgebrochen. Starten Sie sie erneut, um den Arbeitsbereich im aktuellen Stand auszuwerten.</translation>
    </message>
    <message>
        <source>The workspace was edited since this result was computed: it may be stale. Run again to evaluate the workspace as edited now.</source>
        <translation>Der Arbeitsbereich wurde bearbeitet, seit dieses Ergebnis berechnet wurde: Es ist womöglich veraltet. Starten Sie die Matrix erneut, um den Arbeitsbereich im aktuellen Stand auszuwerten.</translation>
    </message>
    <message>
        <source>Save Matrix as CSV</source>
        <translation>Matrix als CSV speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Pennon::NewFlagDialog</name>
    <message>
        <source>New Flag</source>
        <translation>Neues Flag</translation>
    </message>
    <message>
        <source>e.g. new-checkout</source>
        <translation>z. B. new-checkout</translation>
    </message>
    <message>
        <source>Flag key</source>
        <translation>Schlüssel des Flags</translation>
    </message>
    <message>
        <source>e.g. New checkout</source>
        <translation>z. B. Neuer Checkout</translation>
    </message>
    <message>
        <source>Flag name</source>
        <translation>Name des Flags</translation>
    </message>
    <message>
        <source>Flag type</source>
        <translation>Typ des Flags</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Variations:</source>
        <translation>Varianten:</translation>
    </message>
    <message>
        <source>A flag needs a key.</source>
        <translation>Ein Flag braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>A flag with the key %1 exists already.</source>
        <translation>Ein Flag mit dem Schlüssel %1 gibt es schon.</translation>
    </message>
    <message>
        <source>Duplicate Flag %1</source>
        <translation>Flag %1 duplizieren</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>Pennon::PasswordPrompt</name>
    <message>
        <source>PostgreSQL Password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>The server asks for the password of user %1 for %2.</source>
        <translation>Der Server verlangt das Passwort des Benutzers %1 für %2.</translation>
    </message>
    <message>
        <source>(your login name)</source>
        <translation>(Ihr Anmeldename)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Used for this connection only; Pennon never stores it.</source>
        <translation>Nur für diese Verbindung verwendet; Pennon speichert es nie.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Pennon::PersonaEditor</name>
    <message>
        <source>&amp;Add Attribute</source>
        <translation>Attribut &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Attribute</source>
        <translation>Attribut &amp;entfernen</translation>
    </message>
    <message>
        <source>Evaluate &amp;as of:</source>
        <translation>Auswerten zum &amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Nutzer-ID</translation>
    </message>
    <message>
        <source>e.g. user-4471</source>
        <translation>z. B. user-4471</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Attribut entfernen</translation>
    </message>
    <message>
        <source>Evaluate as of a moment</source>
        <translation>Zu einem bestimmten Zeitpunkt auswerten</translation>
    </message>
    <message>
        <source>The context&apos;s currentTime; without it, flags are evaluated as of now</source>
        <translation>currentTime des Kontexts; ohne diese Angabe werden die Flags zum aktuellen Zeitpunkt ausgewertet</translation>
    </message>
    <message>
        <source>Evaluate as of</source>
        <translation>Auswerten zum Zeitpunkt</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Nutzer-ID:</translation>
    </message>
    <message>
        <source>A&amp;ttributes:</source>
        <translation>A&amp;ttribute:</translation>
    </message>
    <message>
        <source>Attribute name</source>
        <translation>Name des Attributs</translation>
    </message>
    <message>
        <source>e.g. country</source>
        <translation>z. B. country</translation>
    </message>
    <message>
        <source>Attribute type</source>
        <translation>Typ des Attributs</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Boolesch</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Wert des Attributs</translation>
    </message>
    <message>
        <source>%1: %2 (left out)</source>
        <translation>%1: %2 (ausgelassen)</translation>
    </message>
    <message>
        <source>%1 is given twice: the last one counts</source>
        <translation>%1 ist doppelt angegeben: die letzte Angabe zählt</translation>
    </message>
</context>
<context>
    <name>Pennon::PersonaResultModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>≠ %1 — %2</source>
        <translation>≠ %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The environments do not all serve the same here.</source>
        <translation>Die Umgebungen liefern hier nicht alle dasselbe.</translation>
    </message>
    <message>
        <source>Variation: %1
Value: %2
Reason: %3
Matched rule: %4</source>
        <translation>Variante: %1
Wert: %2
Grund: %3
Zutreffende Regel: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>differs between environments</source>
        <translation>unterscheidet sich zwischen den Umgebungen</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Matched rule</source>
        <translation>Zutreffende Regel</translation>
    </message>
</context>
<context>
    <name>Pennon::PersonaWindow</name>
    <message>
        <source>Copy as &amp;Command</source>
        <translation>Als &amp;Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy Command for A&amp;ll Flags</source>
        <translation>Befehl für &amp;alle Flags kopieren</translation>
    </message>
    <message>
        <source>Persona – %1</source>
        <translation>Persona – %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Filter flags</source>
        <translation>Flags filtern</translation>
    </message>
    <message>
        <source>What the persona gets</source>
        <translation>Was die Persona bekommt</translation>
    </message>
    <message>
        <source>Trace of the selected flag</source>
        <translation>Ablauf des gewählten Flags</translation>
    </message>
    <message>
        <source>Copy as command</source>
        <translation>Als Befehl kopieren</translation>
    </message>
    <message>
        <source>Copies the pennonctl eval line that gives the selected flag&apos;s answer</source>
        <translation>Kopiert den pennonctl-eval-Aufruf, der die Antwort des gewählten Flags liefert</translation>
    </message>
    <message>
        <source>Copy command for all flags</source>
        <translation>Befehl für alle Flags kopieren</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Flags:</source>
        <translation>&amp;Flags:</translation>
    </message>
    <message>
        <source>All environments, side by side</source>
        <translation>Alle Umgebungen nebeneinander</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) evaluated in %1 ms</source>
        <translation>
            <numerusform>%n Flag in %1 ms ausgewertet</numerusform>
            <numerusform>%n Flags in %1 ms ausgewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a flag to see how its answer was reached.</source>
        <translation>Wählen Sie ein Flag, um zu sehen, wie seine Antwort zustande kam.</translation>
    </message>
    <message>
        <source>Trace of %1 in %2:</source>
        <translation>Ablauf von %1 in %2:</translation>
    </message>
    <message>
        <source>Select a flag first.</source>
        <translation>Wählen Sie zuerst ein Flag.</translation>
    </message>
    <message>
        <source>This workspace has no database: the command evaluates pennonctl&apos;s default workspace.</source>
        <translation>Dieser Arbeitsbereich hat keine Datenbank: Der Befehl wertet den Standard-Arbeitsbereich von pennonctl aus.</translation>
    </message>
    <message>
        <source>Unsaved changes are not in the database: the command evaluates the flags as saved.</source>
        <translation>Ungespeicherte Änderungen sind nicht in der Datenbank: Der Befehl wertet die Flags im gespeicherten Stand aus.</translation>
    </message>
    <message>
        <source>Without &quot;Evaluate as of&quot;, the command evaluates as of the moment it runs.</source>
        <translation>Ohne „Auswerten zum Zeitpunkt“ wertet der Befehl zum Zeitpunkt seiner Ausführung aus.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
</context>
<context>
    <name>Pennon::ProblemsDialog</name>
    <message>
        <source>Workspace Not Read</source>
        <translation>Arbeitsbereich nicht lesbar</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Es wurde kein Grund angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%1
… and %n more problem(s)</source>
        <translation>
            <numerusform>%1
… und %n weiteres Problem</numerusform>
            <numerusform>%1
… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace %1 could not be read. Pennon shows the demo workspace instead, read-only.</source>
        <translation>Der Arbeitsbereich %1 konnte nicht gelesen werden. Pennon zeigt stattdessen den Demo-Arbeitsbereich, schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>Pennon::PromoteDialog</name>
    <message>
        <source>&amp;Every flag that differs</source>
        <translation>Alle a&amp;bweichenden Flags</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Copy from environment</source>
        <translation>Umgebung, aus der kopiert wird</translation>
    </message>
    <message>
        <source>Copy to environment</source>
        <translation>Umgebung, in die kopiert wird</translation>
    </message>
    <message>
        <source>&amp;Only %1</source>
        <translation>Nu&amp;r %1</translation>
    </message>
    <message>
        <source>Only the flag %1</source>
        <translation>Nur das Flag %1</translation>
    </message>
    <message>
        <source>Every flag that differs</source>
        <translation>Alle abweichenden Flags</translation>
    </message>
    <message>
        <source>Flags to promote</source>
        <translation>Zu übertragende Flags</translation>
    </message>
    <message>
        <source>What changes in the selected flag</source>
        <translation>Was sich am aktuellen Flag ändert</translation>
    </message>
    <message>
        <source>Select all flags</source>
        <translation>Alle Flags auswählen</translation>
    </message>
    <message>
        <source>Select no flag</source>
        <translation>Kein Flag auswählen</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Flags:</translation>
    </message>
    <message numerus="yes">
        <source>Promote %n flag(s) from %1 to %2</source>
        <translation>
            <numerusform>%n Flag von %1 nach %2 übertragen</numerusform>
            <numerusform>%n Flags von %1 nach %2 übertragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose two different environments.</source>
        <translation>Wählen Sie zwei verschiedene Umgebungen.</translation>
    </message>
    <message>
        <source>%1 is protected: saving these changes asks you to confirm them.</source>
        <translation>%1 ist geschützt: Beim Speichern dieser Änderungen werden Sie um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>%1 has no configuration in %2: there is nothing to copy.</source>
        <translation>%1 ist in %2 nicht konfiguriert: Es gibt nichts zu kopieren.</translation>
    </message>
    <message>
        <source>%1 is the same in %2 and %3.</source>
        <translation>%1 ist in %2 und %3 gleich.</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) differ between %1 and %2.</source>
        <translation>
            <numerusform>%n Flag unterscheidet sich zwischen %1 und %2.</numerusform>
            <numerusform>%n Flags unterscheiden sich zwischen %1 und %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) are the same in both.</source>
        <translation>
            <numerusform>%n Flag ist in beiden gleich.</numerusform>
            <numerusform>%n Flags sind in beiden gleich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) have no configuration in %1 and are left out.</source>
        <translation>
            <numerusform>%n Flag ist in %1 nicht konfiguriert und wird ausgelassen.</numerusform>
            <numerusform>%n Flags sind in %1 nicht konfiguriert und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n flag(s) chosen</source>
        <translation>
            <numerusform>%1 von %n Flag ausgewählt</numerusform>
            <numerusform>%1 von %n Flags ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is read-only</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt</translation>
    </message>
    <message>
        <source>No flag is chosen</source>
        <translation>Kein Flag ist ausgewählt</translation>
    </message>
</context>
<context>
    <name>Pennon::PromotionModel</name>
    <message>
        <source>%1: not configured yet (off, as a new flag starts)</source>
        <translation>%1: noch nicht konfiguriert (aus, wie bei einem neuen Flag)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation>%1, ausgewählt</translation>
    </message>
    <message>
        <source>%1, not chosen</source>
        <translation>%1, nicht ausgewählt</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>What changes in %1</source>
        <translation>Was sich in %1 ändert</translation>
    </message>
</context>
<context>
    <name>Pennon::RevertDialog</name>
    <message>
        <source>Revert Change</source>
        <translation>Änderung zurücknehmen</translation>
    </message>
    <message>
        <source>Revert change %1 (%2 %3: %4)?</source>
        <translation>Änderung %1 zurücknehmen (%2 %3: %4)?</translation>
    </message>
    <message>
        <source>What reverting changes</source>
        <translation>Was die Rücknahme ändert</translation>
    </message>
    <message>
        <source>Reverting records a change of its own:</source>
        <translation>Die Rücknahme wird als eigene Änderung aufgezeichnet:</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. The revert replaces the stored flag; your changes stay unsaved, and saving them then reports a conflict, as after a colleague&apos;s change.</source>
        <translation>%1 hat ungespeicherte Änderungen. Die Rücknahme ersetzt das gespeicherte Flag; Ihre Änderungen bleiben ungespeichert, und beim Speichern wird dann ein Konflikt gemeldet, wie nach einer fremden Änderung.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Revert of change %1</source>
        <translation>Rücknahme von Änderung %1</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücknehmen</translation>
    </message>
</context>
<context>
    <name>Pennon::ReviewDialog</name>
    <message>
        <source>Review and Save</source>
        <translation>Prüfen und speichern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changes to save</source>
        <translation>Zu speichernde Änderungen</translation>
    </message>
    <message>
        <source>Why: goes into the history with the change</source>
        <translation>Warum: kommt mit der Änderung in den Verlauf</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) with unsaved changes:</source>
        <translation>
            <numerusform>%n Flag mit ungespeicherten Änderungen:</numerusform>
            <numerusform>%n Flags mit ungespeicherten Änderungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Save the changes to the protected environment(s) %1</source>
        <translation>Die Änderungen an den geschützten Umgebungen %1 speichern</translation>
    </message>
    <message>
        <source>Change impact in protected environments</source>
        <translation>Auswirkung der Änderungen in geschützten Umgebungen</translation>
    </message>
</context>
<context>
    <name>Pennon::RuleListModel</name>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kept but skipped: no context is served by this rule.</source>
        <translation>Beibehalten, aber übersprungen: kein Kontext erhält etwas von dieser Regel.</translation>
    </message>
</context>
<context>
    <name>Pennon::SavedPersonas</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern unte&amp;r …</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>U&amp;mbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Saved personas</source>
        <translation>Gespeicherte Personas</translation>
    </message>
    <message>
        <source>Save the persona</source>
        <translation>Persona speichern</translation>
    </message>
    <message>
        <source>Saves the changes of the chosen persona in the workspace</source>
        <translation>Speichert die Änderungen der gewählten Persona im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Save as a new persona</source>
        <translation>Als neue Persona speichern</translation>
    </message>
    <message>
        <source>Rename the persona</source>
        <translation>Persona umbenennen</translation>
    </message>
    <message>
        <source>Delete the persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message>
        <source>Import personas from a file</source>
        <translation>Personas aus einer Datei importieren</translation>
    </message>
    <message>
        <source>One persona per row of a CSV file or line of a JSONL file of contexts</source>
        <translation>Eine Persona pro Zeile einer CSV- oder JSONL-Datei mit Kontexten</translation>
    </message>
    <message>
        <source>Sa&amp;ved persona:</source>
        <translation>&amp;Gespeicherte Persona:</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>Unsaved Persona Changes</source>
        <translation>Ungespeicherte Änderungen an der Persona</translation>
    </message>
    <message>
        <source>The persona “%1” has changes that are not saved. Discard them?</source>
        <translation>Die ungespeicherten Änderungen an der Persona „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>Not saved while a row is wrong: %1</source>
        <translation>Speichern nicht möglich, solange eine Zeile fehlerhaft ist: %1</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation>%1, geändert</translation>
    </message>
    <message>
        <source>Name of the persona:</source>
        <translation>Name der Persona:</translation>
    </message>
    <message>
        <source>“%1” cannot be saved: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Nothing was saved: the connection to the database is lost.</source>
        <translation>Nichts wurde gespeichert: Die Verbindung zur Datenbank ist verloren.</translation>
    </message>
    <message>
        <source>Nothing was saved: the workspace cannot be written to.</source>
        <translation>Nichts wurde gespeichert: In den Arbeitsbereich kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Persona “%1” changed</source>
        <translation>Persona „%1“ geändert</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Save Persona As</source>
        <translation>Persona speichern unter</translation>
    </message>
    <message>
        <source>New persona “%1”</source>
        <translation>Neue Persona „%1“</translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation>Persona umbenennen</translation>
    </message>
    <message>
        <source>Persona “%1” renamed to “%2”</source>
        <translation>Persona „%1“ in „%2“ umbenannt</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>In „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message>
        <source>Delete the persona “%1” from the workspace? The history keeps it.</source>
        <translation>Die Persona „%1“ aus dem Arbeitsbereich löschen? Im Verlauf bleibt sie erhalten.</translation>
    </message>
    <message>
        <source>Persona “%1” deleted</source>
        <translation>Persona „%1“ gelöscht</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Import Personas</source>
        <translation>Personas importieren</translation>
    </message>
    <message>
        <source>Contexts (*.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Kontexte (*.csv *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported:
%2</source>
        <translation>%1 kann nicht importiert werden:
%2</translation>
    </message>
    <message>
        <source>%1 holds no contexts.</source>
        <translation>%1 enthält keine Kontexte.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n persona(s) from %1 into the workspace: %2%3?</source>
        <translation>
            <numerusform>%n Persona aus %1 in den Arbeitsbereich importieren: %2%3?</numerusform>
            <numerusform>%n Personas aus %1 in den Arbeitsbereich importieren: %2%3?</numerusform>
        </translation>
    </message>
    <message>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s) imported from %1</source>
        <translation>
            <numerusform>%n Persona aus %1 importiert</numerusform>
            <numerusform>%n Personas aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 personas.</source>
        <translation>%1 Personas importiert.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the persona meanwhile (%1). Choose it again to see theirs.</source>
        <translation>Nicht gespeichert: Jemand anderes hat die Persona inzwischen geändert (%1). Wählen Sie sie erneut, um die geänderte Fassung zu sehen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Pennon::ServeEditor</name>
    <message>
        <source>&amp;Total:</source>
        <translation>&amp;Summe:</translation>
    </message>
    <message>
        <source>S&amp;plit Evenly</source>
        <translation>Gle&amp;ichmäßig aufteilen</translation>
    </message>
    <message>
        <source>Stic&amp;ky by:</source>
        <translation>Stickiness &amp;nach:</translation>
    </message>
    <message>
        <source>When n&amp;one is present:</source>
        <translation>&amp;Wenn keines vorhanden ist:</translation>
    </message>
    <message>
        <source>Sa&amp;lt:</source>
        <translation>Sal&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Bucketing scheme:</source>
        <translation>Bu&amp;cketing-Verfahren:</translation>
    </message>
    <message>
        <source>Se&amp;rves:</source>
        <translation>&amp;Liefert:</translation>
    </message>
    <message>
        <source>What is served</source>
        <translation>Was geliefert wird</translation>
    </message>
    <message>
        <source>Variation served</source>
        <translation>Gelieferte Variante</translation>
    </message>
    <message>
        <source>Total of the weights</source>
        <translation>Summe der Gewichte</translation>
    </message>
    <message>
        <source>What the weights add up to: 100 for percentages, 1000 for Unleash variants, up to 2147483647 for flagd.</source>
        <translation>Was die Gewichte zusammen ergeben: 100 für Prozentangaben, 1000 für Unleash-Varianten, bis zu 2147483647 für flagd.</translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation>Gleichmäßig aufteilen</translation>
    </message>
    <message>
        <source>Give every variation of the flag the same weight (the remainder to the first).</source>
        <translation>Jeder Variante des Flags dasselbe Gewicht geben (der Rest geht an die erste).</translation>
    </message>
    <message>
        <source>Stickiness attributes</source>
        <translation>Stickiness-Attribute</translation>
    </message>
    <message>
        <source>e.g. userId, sessionId</source>
        <translation>z. B. userId, sessionId</translation>
    </message>
    <message>
        <source>The attributes whose value decides the bucket, separated by commas: the first one the context has is used.</source>
        <translation>Die Attribute, deren Wert über den Bucket entscheidet, durch Kommas getrennt: das erste, das der Kontext hat, wird verwendet.</translation>
    </message>
    <message>
        <source>When no stickiness attribute is present</source>
        <translation>Wenn kein Stickiness-Attribut vorhanden ist</translation>
    </message>
    <message>
        <source>Skip the rule</source>
        <translation>Regel überspringen</translation>
    </message>
    <message>
        <source>The rule&apos;s split does not match and evaluation goes on with the next rule; a default split serves the off variation.</source>
        <translation>Die Aufteilung der Regel trifft nicht zu, und die Auswertung geht mit der nächsten Regel weiter; eine Aufteilung in der Standardauslieferung liefert die Aus-Variante.</translation>
    </message>
    <message>
        <source>Hash an empty value</source>
        <translation>Einen leeren Wert hashen</translation>
    </message>
    <message>
        <source>Buckets the context as if the attribute were empty, so all such contexts share one bucket (flagd&apos;s fractional with a bucketing expression).</source>
        <translation>Ordnet den Kontext einem Bucket zu, als wäre das Attribut leer, sodass alle solchen Kontexte einen Bucket teilen (fractional von flagd mit einem Bucketing-Ausdruck).</translation>
    </message>
    <message>
        <source>Stop with the off variation</source>
        <translation>Mit der Aus-Variante beenden</translation>
    </message>
    <message>
        <source>Evaluation stops and serves the off variation, reason DEFAULT (flagd&apos;s fractional without a bucketing expression).</source>
        <translation>Die Auswertung endet und liefert die Aus-Variante, Grund DEFAULT (fractional von flagd ohne Bucketing-Ausdruck).</translation>
    </message>
    <message>
        <source>Draw at random</source>
        <translation>Zufällig auswählen</translation>
    </message>
    <message>
        <source>A fresh random bucket at every evaluation: not sticky (Unleash&apos;s random stickiness).</source>
        <translation>Bei jeder Auswertung ein neuer zufälliger Bucket: keine Stickiness (die Stickiness random von Unleash).</translation>
    </message>
    <message>
        <source>Salt</source>
        <translation>Salt</translation>
    </message>
    <message>
        <source>the flag key</source>
        <translation>der Flag-Schlüssel</translation>
    </message>
    <message>
        <source>Hashed with each value, so that this split buckets users independently of other flags. Unleash calls it the groupId. Empty: the flag key.</source>
        <translation>Wird mit jedem Wert gehasht, damit diese Aufteilung Nutzer unabhängig von anderen Flags auf Buckets verteilt. Unleash nennt es groupId. Leer: der Flag-Schlüssel.</translation>
    </message>
    <message>
        <source>Bucketing scheme</source>
        <translation>Bucketing-Verfahren</translation>
    </message>
    <message>
        <source>How a value is mapped to a bucket. Values are hashed as UTF-8, as the Go, Java and Rust SDKs do; some JavaScript SDKs hash UTF-16 and so bucket non-ASCII ids differently.</source>
        <translation>Wie ein Wert einem Bucket zugeordnet wird. Werte werden als UTF-8 gehasht, wie es die SDKs für Go, Java und Rust tun; manche JavaScript-SDKs hashen UTF-16 und ordnen IDs mit Nicht-ASCII-Zeichen daher anderen Buckets zu.</translation>
    </message>
    <message>
        <source>flagd (fractional)</source>
        <translation>flagd (fractional)</translation>
    </message>
    <message>
        <source>flagd&apos;s fractional: MurmurHash3 of the salt and the value.</source>
        <translation>fractional von flagd: MurmurHash3 aus Salt und Wert.</translation>
    </message>
    <message>
        <source>Unleash (variants)</source>
        <translation>Unleash (Varianten)</translation>
    </message>
    <message>
        <source>Unleash&apos;s variant hashing: MurmurHash3 of the groupId, a colon and the value.</source>
        <translation>Varianten-Hashing von Unleash: MurmurHash3 aus groupId, einem Doppelpunkt und dem Wert.</translation>
    </message>
    <message>
        <source>Rollout gem (percentages only)</source>
        <translation>rollout-Gem (nur Prozentsätze)</translation>
    </message>
    <message>
        <source>The rollout gem&apos;s CRC32: for percentage gates only, it cannot split.</source>
        <translation>Der CRC32 des rollout-Gems: nur für Prozentsätze, Aufteilungen kann es nicht.</translation>
    </message>
    <message>
        <source>Kept as imported from another system, so that the flag answers as it did there. Choose a variation or a split to replace it.</source>
        <translation>Wie aus einem anderen System importiert beibehalten, damit das Flag so antwortet wie dort. Wählen Sie eine Variante oder eine Aufteilung, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>A variation</source>
        <translation>Eine Variante</translation>
    </message>
    <message>
        <source>A split (percentage rollout)</source>
        <translation>Eine Aufteilung (prozentualer Rollout)</translation>
    </message>
    <message>
        <source>Every context that reaches here gets the same variation.</source>
        <translation>Jeder Kontext, der hierher gelangt, erhält dieselbe Variante.</translation>
    </message>
    <message>
        <source>Contexts are spread over the variations by weight, each one sticking to its bucket.</source>
        <translation>Kontexte werden nach Gewicht auf die Varianten verteilt; jeder bleibt in seinem Bucket.</translation>
    </message>
    <message>
        <source>Kept from the import; choose a variation or a split to replace it.</source>
        <translation>Aus dem Import übernommen; wählen Sie eine Variante oder eine Aufteilung, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>%1 (not a variation of the flag)</source>
        <translation>%1 (keine Variante des Flags)</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <source>The flag has no variation %1, or the split lists it twice.</source>
        <translation>Das Flag hat keine Variante %1, oder die Aufteilung führt sie zweimal auf.</translation>
    </message>
    <message>
        <source>Kept from the import: this bucket gives %1.</source>
        <translation>Aus dem Import übernommen: dieser Bucket ergibt %1.</translation>
    </message>
    <message>
        <source> %</source>
        <comment>suffix of a weight in percent</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Remainder: %1 of %2 unassigned</source>
        <translation>Rest: %1 von %2 nicht zugeteilt</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>%1 zu viel</translation>
    </message>
    <message>
        <source>Sums to %1 ✓</source>
        <translation>Ergibt %1 ✓</translation>
    </message>
    <message>
        <source>Serve a variation</source>
        <translation>Eine Variante liefern</translation>
    </message>
    <message>
        <source>Serve a split</source>
        <translation>Eine Aufteilung liefern</translation>
    </message>
    <message>
        <source>Change the variation served</source>
        <translation>Gelieferte Variante ändern</translation>
    </message>
    <message>
        <source>Change the split&apos;s total</source>
        <translation>Summe der Aufteilung ändern</translation>
    </message>
    <message>
        <source>Change the split&apos;s stickiness</source>
        <translation>Stickiness der Aufteilung ändern</translation>
    </message>
    <message>
        <source>Change what the split does without its attributes</source>
        <translation>Verhalten der Aufteilung ohne ihre Attribute ändern</translation>
    </message>
    <message>
        <source>Change the split&apos;s salt</source>
        <translation>Salt der Aufteilung ändern</translation>
    </message>
    <message>
        <source>Change the split&apos;s bucketing scheme</source>
        <translation>Bucketing-Verfahren der Aufteilung ändern</translation>
    </message>
    <message>
        <source>Change the split</source>
        <translation>Aufteilung ändern</translation>
    </message>
</context>
<context>
    <name>Pennon::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Pennon shows the new language when it next starts.</source>
        <translation>Pennon zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Default workspace</source>
        <translation>Standard-Arbeitsbereich</translation>
    </message>
    <message>
        <source>A SQLite file, sqlite:PATH or postgresql://[user@]host[:port]/dbname; empty: the built-in workspace. A password is never stored: PGPASSWORD and ~/.pgpass supply it.</source>
        <translation>Eine SQLite-Datei, sqlite:PFAD oder postgresql://[user@]host[:port]/dbname; leer: der eingebaute Arbeitsbereich. Ein Passwort wird nie gespeichert: PGPASSWORD und ~/.pgpass liefern es.</translation>
    </message>
    <message>
        <source>Default &amp;workspace:</source>
        <translation>Standard-&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a SQLite file</source>
        <translation>Eine SQLite-Datei wählen</translation>
    </message>
    <message>
        <source>Opened when Pennon next starts, unless $PENNON_DB names another workspace.</source>
        <translation>Wird beim nächsten Start von Pennon geöffnet, es sei denn, $PENNON_DB nennt einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>$PENNON_DB is set (%1): it is opened instead while it is set.</source>
        <translation>$PENNON_DB ist gesetzt (%1): solange es gesetzt ist, wird stattdessen dieser Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>not a valid URL</source>
        <translation>keine gültige URL</translation>
    </message>
    <message>
        <source>Days until a flag is stale</source>
        <translation>Tage, bis ein Flag veraltet ist</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A flag is stale when it has not changed for this many days and serves one variation to everyone</source>
        <translation>Ein Flag ist veraltet, wenn es sich so viele Tage nicht geändert hat und allen eine Variante liefert</translation>
    </message>
    <message>
        <source>&amp;Stale after:</source>
        <translation>&amp;Veraltet nach:</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Die Einstellungen speichern</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <source>Default Workspace</source>
        <translation>Standard-Arbeitsbereich</translation>
    </message>
    <message>
        <source>SQLite workspaces (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Arbeitsbereiche (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Pennon::SimulationWindow</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG speichern …</translation>
    </message>
    <message>
        <source>Save Chart as S&amp;VG…</source>
        <translation>Diagramm als S&amp;VG speichern …</translation>
    </message>
    <message>
        <source>Save &amp;Numbers as CSV…</source>
        <translation>&amp;Zahlen als CSV speichern …</translation>
    </message>
    <message>
        <source>Simulation — Many Users</source>
        <translation>Simulation — Viele Nutzer</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Run the simulation</source>
        <translation>Simulation starten</translation>
    </message>
    <message>
        <source>Cancel the simulation</source>
        <translation>Simulation abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Observed and configured shares</source>
        <translation>Beobachtete und konfigurierte Anteile</translation>
    </message>
    <message>
        <source>Share of users</source>
        <translation>Anteil der Nutzer</translation>
    </message>
    <message>
        <source>Counts and shares</source>
        <translation>Anzahlen und Anteile</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Observed Share</source>
        <translation>Beobachteter Anteil</translation>
    </message>
    <message>
        <source>Configured Share</source>
        <translation>Konfigurierter Anteil</translation>
    </message>
    <message>
        <source>Goodness of fit</source>
        <translation>Anpassungsgüte</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <source>Save the numbers as CSV</source>
        <translation>Zahlen als CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Flag:</source>
        <translation>&amp;Flag:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>A shared activation or segment changed while the simulation ran, so its result would be stale: it was cancelled. Run again to simulate the workspace as edited now.</source>
        <translation>Eine gemeinsame Aktivierung oder ein Segment wurde während der Simulation geändert, ihr Ergebnis wäre also veraltet: Sie wurde abgebrochen. Starten Sie sie erneut, um den Arbeitsbereich im aktuellen Stand zu simulieren.</translation>
    </message>
    <message>
        <source>&amp;Many Users…</source>
        <translation>&amp;Viele Nutzer …</translation>
    </message>
    <message>
        <source>One flag evaluated for many synthetic or real users: the observed split beside the configured one</source>
        <translation>Ein Flag, ausgewertet für viele synthetische oder echte Nutzer: die beobachtete Aufteilung neben der konfigurierten</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet …</translation>
    </message>
    <message>
        <source>There is no flag &apos;%1&apos; in the workspace.</source>
        <translation>Im Arbeitsbereich gibt es kein Flag &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Wird simuliert …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>The flag &apos;%1&apos; was edited while the simulation ran, so its result would be stale: it was cancelled. Run again to simulate the flag as edited now.</source>
        <translation>Das Flag &apos;%1&apos; wurde während der Simulation bearbeitet, ihr Ergebnis wäre also veraltet: Sie wurde abgebrochen. Starten Sie sie erneut, um das Flag im aktuellen Stand zu simulieren.</translation>
    </message>
    <message>
        <source>Choose a flag and the users, then Run.</source>
        <translation>Wählen Sie ein Flag und die Nutzer und klicken Sie dann auf „Starten“.</translation>
    </message>
    <message>
        <source>%1 Counted %2 users before stopping.</source>
        <translation>%1 Bis zum Abbruch wurden %2 Nutzer gezählt.</translation>
    </message>
    <message>
        <source>%1 users through %2 in %3 s.</source>
        <translation>%1 Nutzer für %2 in %3 s simuliert.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(no variation)</source>
        <translation>(keine Variante)</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Konfiguriert</translation>
    </message>
    <message>
        <source>%1: share of %2 users per variation</source>
        <translation>%1: Anteil je Variante bei %2 Nutzern</translation>
    </message>
    <message>
        <source>The deciding split has fewer than two variations with a weight: nothing to test.</source>
        <translation>Die entscheidende Aufteilung hat weniger als zwei Varianten mit Gewicht: Es gibt nichts zu testen.</translation>
    </message>
    <message>
        <source>No single split decides this flag&apos;s variations, so there is no configured share to compare with.</source>
        <translation>Keine einzelne Aufteilung entscheidet über die Varianten dieses Flags, daher gibt es keinen konfigurierten Anteil zum Vergleich.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save Numbers as CSV</source>
        <translation>Zahlen als CSV speichern</translation>
    </message>
    <message numerus="yes">
        <source>Goodness of fit of the deciding split: χ² = %1 with %n degree(s) of freedom, p = %2.</source>
        <translation>
            <numerusform>Anpassungsgüte der entscheidenden Aufteilung: χ² = %1 bei %n Freiheitsgrad, p = %2.</numerusform>
            <numerusform>Anpassungsgüte der entscheidenden Aufteilung: χ² = %1 bei %n Freiheitsgraden, p = %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as Co&amp;mmand</source>
        <translation>Als Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>Users per rule and variation</source>
        <translation>Nutzer je Regel und Variante</translation>
    </message>
    <message>
        <source>Users per rule</source>
        <translation>Nutzer je Regel</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Copy as command</source>
        <translation>Als Befehl kopieren</translation>
    </message>
    <message>
        <source>Copies the pennonctl simulate line that runs the simulation the form describes, by rule. It reads the database: unsaved changes are not in it (export the workspace and use --from FILE to simulate them).</source>
        <translation>Kopiert den pennonctl-simulate-Aufruf, der die im Formular beschriebene Simulation nach Regel ausführt. Er liest die Datenbank: Ungespeicherte Änderungen sind darin nicht enthalten (exportieren Sie den Arbeitsbereich und verwenden Sie --from FILE, um sie zu simulieren).</translation>
    </message>
    <message>
        <source>Variati&amp;ons</source>
        <translation>Va&amp;rianten</translation>
    </message>
    <message>
        <source>By Ru&amp;le</source>
        <translation>Nach Re&amp;gel</translation>
    </message>
    <message>
        <source>Decided By</source>
        <translation>Entschieden durch</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardauslieferung</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Rule %1, id %2</source>
        <translation>Regel %1, ID %2</translation>
    </message>
    <message>
        <source>%1: users per rule and variation</source>
        <translation>%1: Nutzer je Regel und Variante</translation>
    </message>
    <message>
        <source>This workspace has no database: the command simulates pennonctl&apos;s default workspace.</source>
        <translation>Dieser Arbeitsbereich hat keine Datenbank: Der Befehl simuliert den Standard-Arbeitsbereich von pennonctl.</translation>
    </message>
    <message>
        <source>Unsaved changes are not in the database: the command simulates the flags as saved (save first, or export the workspace and run it with --from FILE).</source>
        <translation>Ungespeicherte Änderungen sind nicht in der Datenbank: Der Befehl simuliert die Flags im gespeicherten Stand (speichern Sie zuerst, oder exportieren Sie den Arbeitsbereich und führen Sie den Befehl mit --from FILE aus).</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
</context>
<context>
    <name>Pennon::SplitBar</name>
    <message>
        <source>Shares of the split</source>
        <translation>Anteile der Aufteilung</translation>
    </message>
    <message>
        <source>&lt; 0.1 %</source>
        <translation>&lt; 0,1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a share in percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>keine Summe</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a bucket, its share</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>unassigned %1</source>
        <translation>nicht zugeteilt %1</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>zu viel %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4)</source>
        <translation>%1: %2 von %3 (%4)</translation>
    </message>
    <message>
        <source>unassigned: %1 of %2</source>
        <translation>nicht zugeteilt: %1 von %2</translation>
    </message>
</context>
<context>
    <name>Pennon::TraceTreeModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value seen</source>
        <translation>Gesehener Wert</translation>
    </message>
    <message>
        <source>Compared / detail</source>
        <translation>Verglichen / Detail</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Pennon::UsersForm</name>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>S&amp;ynthetic users</source>
        <translation>S&amp;ynthetische Nutzer</translation>
    </message>
    <message>
        <source>Users from a C&amp;SV file</source>
        <translation>Nutzer aus einer &amp;CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Synthetic users</source>
        <translation>Synthetische Nutzer</translation>
    </message>
    <message>
        <source>Users from a CSV file</source>
        <translation>Nutzer aus einer CSV-Datei</translation>
    </message>
    <message>
        <source>Number of users</source>
        <translation>Anzahl der Nutzer</translation>
    </message>
    <message>
        <source>Id pattern</source>
        <translation>ID-Muster</translation>
    </message>
    <message>
        <source>Every {n} becomes the user&apos;s number, from 0 to N − 1</source>
        <translation>Jedes {n} wird zur Nummer des Nutzers, von 0 bis N − 1</translation>
    </message>
    <message>
        <source>Id attribute</source>
        <translation>ID-Attribut</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>A CSV file whose header row names the attributes</source>
        <translation>Eine CSV-Datei, deren Kopfzeile die Attribute nennt</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>A&amp;nzahl:</translation>
    </message>
    <message>
        <source>&amp;Id pattern:</source>
        <translation>&amp;ID-Muster:</translation>
    </message>
    <message>
        <source>Id &amp;attribute:</source>
        <translation>ID-A&amp;ttribut:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <source>Choose the CSV file of users.</source>
        <translation>Wählen Sie die CSV-Datei mit den Nutzern.</translation>
    </message>
    <message>
        <source>The id pattern must contain {n}, e.g. user-{n}.</source>
        <translation>Das ID-Muster muss {n} enthalten, z. B. user-{n}.</translation>
    </message>
    <message>
        <source>Name the attribute that receives the id, e.g. userId.</source>
        <translation>Geben Sie das Attribut an, das die ID erhält, z. B. userId.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Users from a CSV File</source>
        <translation>Nutzer aus einer CSV-Datei</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A&amp;dd Attribute</source>
        <translation>Attribut &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add an attribute</source>
        <translation>Ein Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Adds a line for an attribute every synthetic user gets, NAME=GENERATOR</source>
        <translation>Fügt eine Zeile für ein Attribut hinzu, das jeder synthetische Nutzer erhält: NAME=GENERATOR</translation>
    </message>
    <message>
        <source>One attribute per line: country=de (a fixed value), country=choice(de:3,fr:1) (weighted), age=range(18,80), appVersion=version(4.0.0,5.2.0).</source>
        <translation>Ein Attribut pro Zeile: country=de (ein fester Wert), country=choice(de:3,fr:1) (gewichtet), age=range(18,80), appVersion=version(4.0.0,5.2.0).</translation>
    </message>
    <message>
        <source>The first synthetic user</source>
        <translation>Der erste synthetische Nutzer</translation>
    </message>
    <message>
        <source>A&amp;ttributes:</source>
        <translation>Attri&amp;bute:</translation>
    </message>
    <message>
        <source>Attribute %1: %2</source>
        <translation>Attribut %1: %2</translation>
    </message>
    <message>
        <source>NAME=GENERATOR, e.g. country=choice(de:3,fr:1)</source>
        <translation>NAME=GENERATOR, z. B. country=choice(de:3,fr:1)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Attribute %1</source>
        <translation>Attribut %1</translation>
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation>Attribut %1 entfernen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>the first synthetic user: its id, then its generated attributes</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Pennon::WorkspaceOpener</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open a workspace file, or create a new one</source>
        <translation>Eine Arbeitsbereichsdatei öffnen oder eine neue anlegen</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <source>%1 was removed from Open Recent: %2</source>
        <translation>%1 wurde aus „Zuletzt geöffnet“ entfernt: %2</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Pennon workspaces (*.sqlite *.db *.pennon)</source>
        <translation>Pennon-Arbeitsbereiche (*.sqlite *.db *.pennon)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The workspace cannot be opened: %1</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) have unsaved changes. Opening %1 discards them.</source>
        <translation>
            <numerusform>%n Flag hat ungespeicherte Änderungen. Das Öffnen von %1 verwirft sie.</numerusform>
            <numerusform>%n Flags haben ungespeicherte Änderungen. Das Öffnen von %1 verwirft sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard and Open</source>
        <translation>&amp;Verwerfen und öffnen</translation>
    </message>
    <message>
        <source>Discard and Open</source>
        <translation>Verwerfen und öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Not opened: the unsaved changes are kept.</source>
        <translation>Nicht geöffnet: die ungespeicherten Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>The previous workspace cannot be opened again either: %1</source>
        <translation>Auch der vorige Arbeitsbereich kann nicht wieder geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 — %2 stays open.</source>
        <translation>%1 — %2 bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 stays open.</source>
        <translation>%1 bleibt geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>Mit &amp;PostgreSQL verbinden …</translation>
    </message>
    <message>
        <source>Open a workspace in a PostgreSQL database: host, port, database, user</source>
        <translation>Einen Arbeitsbereich in einer PostgreSQL-Datenbank öffnen: Host, Port, Datenbank, Benutzer</translation>
    </message>
    <message>
        <source>&amp;Save First</source>
        <translation>Zuerst &amp;speichern</translation>
    </message>
    <message>
        <source>Save First</source>
        <translation>Zuerst speichern</translation>
    </message>
    <message>
        <source>Review and save the changes, then open %1</source>
        <translation>Die Änderungen prüfen und speichern, dann %1 öffnen</translation>
    </message>
    <message>
        <source>Not opened: the changes were not all saved, and are kept.</source>
        <translation>Nicht geöffnet: Die Änderungen wurden nicht alle gespeichert und bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>Pennon::WorkspaceSession</name>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Changes made elsewhere will not appear by themselves: %1</source>
        <translation>Änderungen von anderswo erscheinen nicht von selbst: %1</translation>
    </message>
    <message>
        <source>%1: the workspace %2 has no database behind it (read-only)</source>
        <translation>%1: hinter dem Arbeitsbereich %2 steht keine Datenbank (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1: no workspace is open</source>
        <translation>%1: kein Arbeitsbereich ist geöffnet</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>The workspace could not be reloaded: %1</source>
        <translation>Der Arbeitsbereich konnte nicht neu geladen werden: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1 has no unsaved changes</source>
        <translation>%1 hat keine ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>Discard changes to %1</source>
        <translation>Änderungen an %1 verwerfen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>There is no flag %1 to delete</source>
        <translation>Es gibt kein Flag %1 zum Löschen</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Re-apply my changes to %1 on theirs</source>
        <translation>Meine Änderungen an %1 auf deren setzen</translation>
    </message>
    <message>
        <source>Save my changes to %1 as %2</source>
        <translation>Meine Änderungen an %1 als %2 behalten</translation>
    </message>
    <message>
        <source>The connection to %1 is lost; Pennon is reconnecting. Unsaved changes are kept: %2</source>
        <translation>Die Verbindung zu %1 ist verloren; Pennon verbindet neu. Ungespeicherte Änderungen bleiben erhalten: %2</translation>
    </message>
    <message>
        <source>%1: the connection to %2 is lost. Pennon is reconnecting; your changes are kept and can be saved once it is back.</source>
        <translation>%1: Die Verbindung zu %2 ist verloren. Pennon verbindet neu; Ihre Änderungen bleiben erhalten und können gespeichert werden, sobald sie zurück ist.</translation>
    </message>
    <message>
        <source>%1 was not saved</source>
        <translation>%1 wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>Nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 was not deleted</source>
        <translation>%1 wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The change could not be read: %1</source>
        <translation>Die Änderung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Revert change %1</source>
        <translation>Änderung %1 zurücknehmen</translation>
    </message>
    <message>
        <source>Change %1 was not reverted: %2</source>
        <translation>Änderung %1 wurde nicht zurückgenommen: %2</translation>
    </message>
</context>
<context>
    <name>PennonCtl</name>
    <message>
        <source>pennonctl: %1</source>
        <translation>pennonctl: %1</translation>
    </message>
    <message>
        <source>Try &apos;pennonctl --help&apos; for more information.</source>
        <translation>Weitere Informationen mit &apos;pennonctl --help&apos;.</translation>
    </message>
    <message>
        <source>option --db needs a database URL</source>
        <translation>Option --db erwartet eine Datenbank-URL</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Check a Pennon JSON workspace file.</source>
        <translation>Eine Pennon-JSON-Arbeitsbereichsdatei prüfen.</translation>
    </message>
    <message>
        <source>Pennon JSON file, or - for standard input</source>
        <translation>Pennon-JSON-Datei oder - für die Standardeingabe</translation>
    </message>
    <message>
        <source>validate takes exactly one FILE (or - for standard input)</source>
        <translation>validate erwartet genau eine DATEI (oder - für die Standardeingabe)</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n Umgebung</numerusform>
            <numerusform>%n Umgebungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n Flag</numerusform>
            <numerusform>%n Flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activation(s)</source>
        <translation>
            <numerusform>%n Aktivierung</numerusform>
            <numerusform>%n Aktivierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid Pennon workspace: %2</source>
        <translation>%1: gültiger Pennon-Arbeitsbereich: %2</translation>
    </message>
    <message>
        <source>check a Pennon JSON workspace; one line per problem</source>
        <translation>Pennon-JSON-Arbeitsbereich prüfen; eine Zeile je Problem</translation>
    </message>
    <message>
        <source>evaluate flags for contexts (JSON Lines out)</source>
        <translation>Flags für Kontexte auswerten (Ausgabe als JSON Lines)</translation>
    </message>
    <message>
        <source>one flag over many users: observed vs configured split</source>
        <translation>ein Flag für viele Nutzer: beobachtete gegen konfigurierte Aufteilung</translation>
    </message>
    <message>
        <source>Usage: pennonctl [--db URL] COMMAND ...</source>
        <translation>Aufruf: pennonctl [--db URL] BEFEHL ...</translation>
    </message>
    <message>
        <source>Pennon&apos;s headless tool: validate, evaluate, import and export feature flags.</source>
        <translation>Pennons Kommandozeilenwerkzeug: Feature-Flags prüfen, auswerten, importieren und exportieren.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>&apos;pennonctl COMMAND --help&apos; describes a command&apos;s options.</source>
        <translation>&apos;pennonctl BEFEHL --help&apos; beschreibt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>workspace database (sqlite:PATH or postgresql://...); default $PENNON_DB, else the per-user workspace</source>
        <translation>Datenbank des Arbeitsbereichs (sqlite:PFAD oder postgresql://...); Vorgabe: $PENNON_DB, sonst der Arbeitsbereich des Benutzers</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 runtime failure, 2 bad input, 3 conflict.</source>
        <translation>Rückgabewerte: 0 Erfolg, 1 Laufzeitfehler, 2 ungültige Eingabe, 3 Konflikt.</translation>
    </message>
    <message>
        <source>create or migrate the database&apos;s schema (idempotent)</source>
        <translation>Schema der Datenbank anlegen oder migrieren (wiederholbar)</translation>
    </message>
    <message>
        <source>validate a workspace file, then write it in one transaction</source>
        <translation>Arbeitsbereich-Datei prüfen, dann in einer Transaktion schreiben</translation>
    </message>
    <message>
        <source>the flags: key, type, on/off per environment, name</source>
        <translation>die Flags: Schlüssel, Typ, an/aus je Umgebung, Name</translation>
    </message>
    <message>
        <source>Pennon JSON of one flag, all environments, with &quot;version&quot;</source>
        <translation>Pennon-JSON eines Flags, alle Umgebungen, mit &quot;version&quot;</translation>
    </message>
    <message>
        <source>create or update one flag; a &quot;version&quot; field makes it conditional</source>
        <translation>ein Flag anlegen oder ändern; ein Feld &quot;version&quot; macht es bedingt</translation>
    </message>
    <message>
        <source>the audit history, newest first</source>
        <translation>der Änderungsverlauf, neueste zuerst</translation>
    </message>
    <message>
        <source>undo one change (recorded as a change of its own)</source>
        <translation>eine Änderung zurücknehmen (selbst als Änderung verzeichnet)</translation>
    </message>
    <message>
        <source>write the workspace as Pennon JSON, flagd, Unleash or CSV (deterministic bytes)</source>
        <translation>den Arbeitsbereich als Pennon JSON, flagd, Unleash oder CSV schreiben (deterministische Bytes)</translation>
    </message>
    <message>
        <source>%1:%2: warning: %3</source>
        <translation>%1:%2: Warnung: %3</translation>
    </message>
    <message>
        <source>one flag, the same users, two configurations: who changes variation</source>
        <translation>ein Flag, dieselben Nutzer, zwei Konfigurationen: wer die Variante wechselt</translation>
    </message>
</context>
<context>
    <name>PennonJson</name>
    <message>
        <source>unknown absence policy &quot;%1&quot; (expected skip, empty, stop or random)</source>
        <translation>unbekanntes Verhalten bei Fehlen &quot;%1&quot; (erwartet: skip, empty, stop oder random)</translation>
    </message>
    <message>
        <source>unknown bucketing scheme &quot;%1&quot; (expected flagd, unleash or rollout)</source>
        <translation>unbekanntes Bucketing-Verfahren &quot;%1&quot; (erwartet: flagd, unleash oder rollout)</translation>
    </message>
    <message>
        <source>a condition needs a &quot;type&quot;</source>
        <translation>eine Bedingung braucht ein Feld &quot;type&quot;</translation>
    </message>
    <message>
        <source>unknown condition type &quot;%1&quot;</source>
        <translation>unbekannter Bedingungstyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>unbekannter Operator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown flag type &quot;%1&quot; (expected boolean, string, number or json)</source>
        <translation>unbekannter Flag-Typ &quot;%1&quot; (erwartet: boolean, string, number oder json)</translation>
    </message>
    <message>
        <source>missing field &quot;value&quot;</source>
        <translation>fehlendes Feld &quot;value&quot;</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>fehlendes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a Pennon workspace: &quot;format&quot; must be &quot;pennon&quot;</source>
        <translation>kein Pennon-Arbeitsbereich: &quot;format&quot; muss &quot;pennon&quot; sein</translation>
    </message>
    <message>
        <source>format version %1 is newer than this Pennon reads (%2); update Pennon</source>
        <translation>Formatversion %1 ist neuer als die von diesem Pennon unterstützte (%2); bitte Pennon aktualisieren</translation>
    </message>
    <message>
        <source>unknown format version %1 (expected %2)</source>
        <translation>unbekannte Formatversion %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>unbekannte Quelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a serve needs exactly one of &quot;variation&quot;, &quot;split&quot;, &quot;noValue&quot; and &quot;error&quot;</source>
        <translation>eine Auslieferung braucht genau eines von &quot;variation&quot;, &quot;split&quot;, &quot;noValue&quot; und &quot;error&quot;</translation>
    </message>
    <message>
        <source>&quot;source&quot; belongs to an &quot;error&quot; only</source>
        <translation>&quot;source&quot; gehört nur zu einem &quot;error&quot;</translation>
    </message>
    <message>
        <source>must be true</source>
        <translation>muss true sein</translation>
    </message>
    <message>
        <source>unknown error &quot;%1&quot; (GENERAL or PARSE_ERROR)</source>
        <translation>unbekannter Fehler &quot;%1&quot; (GENERAL oder PARSE_ERROR)</translation>
    </message>
    <message>
        <source>unknown attribute type &quot;%1&quot; (expected string, number, boolean, version or date)</source>
        <translation>unbekannter Attributtyp &quot;%1&quot; (erwartet: string, number, boolean, version oder date)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no moment such as 2026-12-31T09:00:00Z</source>
        <translation>&quot;%1&quot; ist kein Zeitpunkt wie 2026-12-31T09:00:00Z</translation>
    </message>
</context>
<context>
    <name>Persona</name>
    <message>
        <source>%1: %2 (left out)</source>
        <translation>%1: %2 (ausgelassen)</translation>
    </message>
</context>
<context>
    <name>PersonaAttribute</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false</source>
        <translation>&quot;%1&quot; ist weder true noch false</translation>
    </message>
    <message>
        <source>a version such as 1.2.3 is needed</source>
        <translation>eine Version wie 1.2.3 ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date such as 2026-12-31 or 2026-12-31T09:00:00Z</source>
        <translation>&quot;%1&quot; ist kein Datum wie 2026-12-31 oder 2026-12-31T09:00:00Z</translation>
    </message>
</context>
<context>
    <name>PersonaEvaluator</name>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
</context>
<context>
    <name>PersonaImport</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>a context must be a JSON object</source>
        <translation>ein Kontext muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, number, boolean or list of strings</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette, eine Zahl, ein boolescher Wert oder eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>PluginChecks</name>
    <message>
        <source>the plugin %1 rejects its configuration</source>
        <translation>das Plugin %1 lehnt seine Konfiguration ab</translation>
    </message>
</context>
<context>
    <name>PluginRegistry</name>
    <message>
        <source>%1: not a Pennon activation plugin (its interface is &quot;%2&quot;, expected &quot;%3&quot;)</source>
        <translation>%1: kein Pennon-Aktivierungs-Plugin (Schnittstelle ist &quot;%2&quot;, erwartet: &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1: the activation plugin could not be loaded: %2</source>
        <translation>%1: das Aktivierungs-Plugin konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1: the plugin does not implement Pennon&apos;s activation interface</source>
        <translation>%1: das Plugin implementiert die Aktivierungsschnittstelle von Pennon nicht</translation>
    </message>
    <message>
        <source>%1: the activation plugin has an empty type name</source>
        <translation>%1: das Aktivierungs-Plugin hat einen leeren Typnamen</translation>
    </message>
    <message>
        <source>%1: activation type &quot;%2&quot; is already provided by %3; this copy is ignored</source>
        <translation>%1: der Aktivierungstyp &quot;%2&quot; wird bereits von %3 bereitgestellt; diese Kopie wird ignoriert</translation>
    </message>
</context>
<context>
    <name>ProtectedConfirmation</name>
    <message>
        <source>Tick the confirmation for the protected environments first</source>
        <translation>Zuerst die Bestätigung für die geschützten Umgebungen ankreuzen</translation>
    </message>
</context>
<context>
    <name>RecentWorkspaces</name>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>Die Datei %1 gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Simulate one flag over many users and compare the observed split with the configured one.</source>
        <translation>Ein Flag für viele Nutzer simulieren und die beobachtete Aufteilung mit der konfigurierten vergleichen.</translation>
    </message>
    <message>
        <source>The flag to simulate.</source>
        <translation>Das zu simulierende Flag.</translation>
    </message>
    <message>
        <source>pennonctl: %1</source>
        <translation>pennonctl: %1</translation>
    </message>
    <message>
        <source>--flag KEY is required</source>
        <translation>--flag KEY ist erforderlich</translation>
    </message>
    <message>
        <source>pennonctl: no flag &apos;%1&apos; in the workspace</source>
        <translation>pennonctl: kein Flag &apos;%1&apos; im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Also break the counts down by the rule that decided (or the default serve, or off).</source>
        <translation>Die Zählungen zusätzlich nach der entscheidenden Regel aufschlüsseln (oder Standardauslieferung oder aus).</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>no engine to simulate with</source>
        <translation>keine Engine für die Simulation vorhanden</translation>
    </message>
    <message>
        <source>there is no flag with index %1</source>
        <translation>es gibt kein Flag mit dem Index %1</translation>
    </message>
    <message>
        <source>the number of users must not be negative</source>
        <translation>die Anzahl der Nutzer darf nicht negativ sein</translation>
    </message>
    <message>
        <source>there is no flag with index %1 to compare with</source>
        <translation>es gibt kein Flag mit dem Index %1 zum Vergleichen</translation>
    </message>
</context>
<context>
    <name>SqlConnection</name>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>der Qt-SQL-Treiber %1 ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the workspace</source>
        <translation>das Verzeichnis %1 für den Arbeitsbereich kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the workspace %1: %2</source>
        <translation>der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>SqlRepository</name>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>%1: another session changed the workspace at the same time; reload and try again</source>
        <translation>%1: eine andere Sitzung hat den Arbeitsbereich gleichzeitig geändert; neu laden und erneut versuchen</translation>
    </message>
    <message>
        <source>%1: the database failed: %2</source>
        <translation>%1: Fehler der Datenbank: %2</translation>
    </message>
    <message>
        <source>lock the workspace</source>
        <translation>Arbeitsbereich sperren</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Transaktion abschließen</translation>
    </message>
    <message>
        <source>read the change counter</source>
        <translation>Änderungszähler lesen</translation>
    </message>
    <message>
        <source>load the workspace</source>
        <translation>Arbeitsbereich laden</translation>
    </message>
    <message>
        <source>there is no flag &quot;%1&quot;</source>
        <translation>es gibt kein Flag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; already exists (version %3, last changed by %4 at %5)</source>
        <translation>%1 &quot;%2&quot; existiert bereits (Version %3, zuletzt geändert von %4, Zeitpunkt: %5)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was deleted by %3 at %4; your edit started from version %5</source>
        <translation>%1 &quot;%2&quot; wurde von %3 gelöscht (Zeitpunkt: %4); die Bearbeitung ging von Version %5 aus</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was changed by %3 at %4: it is at version %5, your edit started from version %6</source>
        <translation>%1 &quot;%2&quot; wurde von %3 geändert (Zeitpunkt: %4): aktuell ist Version %5, die Bearbeitung ging von Version %6 aus</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>there is no %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; existiert nicht</translation>
    </message>
    <message>
        <source>save %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; speichern</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: %3</source>
        <translation>%1 &quot;%2&quot; ist ungültig: %3</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>Verlauf lesen</translation>
    </message>
    <message>
        <source>read change %1</source>
        <translation>Änderung %1 lesen</translation>
    </message>
    <message>
        <source>there is no change %1</source>
        <translation>es gibt keine Änderung %1</translation>
    </message>
    <message>
        <source>change %1 cannot be reverted: its recorded state does not read back</source>
        <translation>Änderung %1 kann nicht zurückgenommen werden: ihr gespeicherter Zustand lässt sich nicht zurücklesen</translation>
    </message>
    <message>
        <source>Revert of change %1</source>
        <translation>Rücknahme von Änderung %1</translation>
    </message>
    <message>
        <source>the imported workspace is not valid: %1</source>
        <translation>der importierte Arbeitsbereich ist ungültig: %1</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importieren</translation>
    </message>
    <message>
        <source>the workspace after the import would not be valid: %1</source>
        <translation>der Arbeitsbereich wäre nach dem Import ungültig: %1</translation>
    </message>
    <message>
        <source>read when flags were changed</source>
        <translation>Änderungszeitpunkte der Flags lesen</translation>
    </message>
    <message>
        <source>the object written is not the one named</source>
        <translation>das geschriebene Objekt ist nicht das genannte</translation>
    </message>
    <message>
        <source>written twice in one save</source>
        <translation>in einem Speichervorgang zweimal geschrieben</translation>
    </message>
    <message>
        <source>the new order must name every environment once</source>
        <translation>die neue Reihenfolge muss jede Umgebung genau einmal nennen</translation>
    </message>
    <message>
        <source>the environments were not reordered: the new order must name every environment once</source>
        <translation>die Umgebungen wurden nicht umgeordnet: Die neue Reihenfolge muss jede Umgebung genau einmal nennen</translation>
    </message>
    <message>
        <source>flag &quot;%1&quot;</source>
        <translation>Flag „%1“</translation>
    </message>
    <message>
        <source>the workspace would not be valid: %1</source>
        <translation>der Arbeitsbereich wäre nicht gültig: %1</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 ist nicht gültig: %2</translation>
    </message>
    <message>
        <source>save</source>
        <translation>speichern</translation>
    </message>
    <message>
        <source>reorder the environments</source>
        <translation>die Umgebungen umordnen</translation>
    </message>
    <message>
        <source>change %1 cannot be reverted: %2 &quot;%3&quot; was created again since, by %4 at %5</source>
        <translation>Änderung %1 kann nicht zurückgenommen werden: %2 &quot;%3&quot; wurde seitdem von %4 neu angelegt (Zeitpunkt: %5)</translation>
    </message>
    <message>
        <source>change %1 cannot be reverted: %2 &quot;%3&quot; was deleted since, by %4 at %5</source>
        <translation>Änderung %1 kann nicht zurückgenommen werden: %2 &quot;%3&quot; wurde seitdem von %4 gelöscht (Zeitpunkt: %5)</translation>
    </message>
    <message>
        <source>change %1 cannot be reverted: %2 &quot;%3&quot; was changed since, by %4 at %5 (it is at version %6; the change left it at version %7)</source>
        <translation>Änderung %1 kann nicht zurückgenommen werden: %2 &quot;%3&quot; wurde seitdem von %4 geändert (Zeitpunkt: %5; aktuell ist Version %6, die Änderung hinterließ Version %7)</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>persona &quot;%1&quot;</source>
        <translation>Persona „%1“</translation>
    </message>
</context>
<context>
    <name>SqlRows</name>
    <message>
        <source>the stored %1 cannot be read: %2</source>
        <translation>gespeicherte Daten (%1) können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>serve</source>
        <translation>serve</translation>
    </message>
    <message>
        <source>variation value</source>
        <translation>Wert der Variante</translation>
    </message>
    <message>
        <source>flag type</source>
        <translation>Flag-Typ</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>attributes of the persona &quot;%1&quot;</source>
        <translation>Attribute der Persona &quot;%1&quot;</translation>
    </message>
    <message>
        <source>moment of the persona &quot;%1&quot;</source>
        <translation>Zeitpunkt der Persona &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SqlSchema</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>die Schema-Version kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the workspace has schema version %1, newer than this Pennon understands (%2); update Pennon to open it</source>
        <translation>der Arbeitsbereich hat die Schema-Version %1, neuer als diese Pennon-Version versteht (%2); zum Öffnen Pennon aktualisieren</translation>
    </message>
    <message>
        <source>cannot migrate the workspace schema (%1): %2</source>
        <translation>das Schema des Arbeitsbereichs kann nicht migriert werden (%1): %2</translation>
    </message>
    <message>
        <source>begin</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>schema_version</source>
        <translation>schema_version</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>UnleashExport</name>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>serves the off variation before rule %1, which serves something else (an Unleash strategy that matches enables the feature)</source>
        <translation>liefert die Aus-Variante vor Regel %1, die etwas anderes liefert (eine zutreffende Unleash-Strategie schaltet das Feature ein)</translation>
    </message>
    <message>
        <source>serves the off variation before the default serve, which serves something else (an Unleash strategy that matches enables the feature)</source>
        <translation>liefert die Aus-Variante vor der Standardauslieferung, die etwas anderes liefert (eine zutreffende Unleash-Strategie schaltet das Feature ein)</translation>
    </message>
    <message>
        <source>default serve</source>
        <translation>Standardauslieferung</translation>
    </message>
    <message>
        <source>an unknown strategy with a user list, percentage or IP test</source>
        <translation>eine unbekannte Strategie mit einer Nutzerliste, einem Prozentsatz oder einer IP-Prüfung</translation>
    </message>
    <message>
        <source>strategy %1</source>
        <translation>Strategie %1</translation>
    </message>
    <message>
        <source>enabled without a variant while other strategies serve the feature&apos;s variants, which Unleash would give this one too</source>
        <translation>eingeschaltet ohne Variante, während andere Strategien die Varianten des Features liefern, die Unleash auch dieser geben würde</translation>
    </message>
    <message>
        <source>depends on &quot;%1&quot;, which is not configured in this environment</source>
        <translation>hängt von &quot;%1&quot; ab, das in dieser Umgebung nicht konfiguriert ist</translation>
    </message>
    <message>
        <source>depends on &quot;%1&quot;, which has prerequisites itself (Unleash SDKs do not follow dependencies transitively)</source>
        <translation>hängt von &quot;%1&quot; ab, das selbst Voraussetzungen hat (Unleash-SDKs folgen Abhängigkeiten nicht transitiv)</translation>
    </message>
    <message>
        <source>a prerequisite on &quot;%1&quot; that its off variation satisfies cannot be expressed as an Unleash dependency</source>
        <translation>eine Voraussetzung auf &quot;%1&quot;, die dessen Aus-Variante erfüllt, lässt sich nicht als Unleash-Abhängigkeit abbilden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a variant named &quot;disabled&quot;, the name Unleash gives no variant</source>
        <translation>&quot;%1&quot; hat eine Variante namens &quot;disabled&quot;; so bezeichnet Unleash das Fehlen einer Variante</translation>
    </message>
    <message>
        <source>the prerequisite tells apart boolean variations of &quot;%1&quot;, which Unleash answers alike (&quot;disabled&quot;)</source>
        <translation>die Voraussetzung unterscheidet boolesche Varianten von &quot;%1&quot;, die Unleash gleich beantwortet (&quot;disabled&quot;)</translation>
    </message>
    <message>
        <source>library references nested deeper than %1 levels</source>
        <translation>Bibliotheksverweise tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a pattern that is empty or has leading or trailing white space cannot be expressed (the import trims it)</source>
        <translation>ein Muster, das leer ist oder Leerraum am Anfang oder Ende hat, lässt sich nicht abbilden (der Import entfernt den Leerraum)</translation>
    </message>
    <message>
        <source>unknown library activation &quot;%1&quot;</source>
        <translation>unbekannte Aktivierung aus der Bibliothek &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a %1 condition cannot be an Unleash constraint</source>
        <translation>eine Bedingung vom Typ %1 kann keine Unleash-Einschränkung sein</translation>
    </message>
    <message>
        <source>operator %1 with caseInsensitive: Unleash SDKs compare IN and NOT_IN exactly</source>
        <translation>Operator %1 mit caseInsensitive: Unleash-SDKs vergleichen IN und NOT_IN exakt</translation>
    </message>
    <message>
        <source>Unleash SDKs do not know operator %1</source>
        <translation>Unleash-SDKs kennen den Operator %1 nicht</translation>
    </message>
    <message numerus="yes">
        <source>operator %1 with %n value(s): Unleash compares with exactly one</source>
        <translation>
            <numerusform>Operator %1 mit %n Wert: Unleash vergleicht mit genau einem</numerusform>
            <numerusform>Operator %1 mit %n Werten: Unleash vergleicht mit genau einem</numerusform>
        </translation>
    </message>
    <message>
        <source>operator %1 on &quot;%2&quot;: Unleash SDKs compare dates with currentTime only</source>
        <translation>Operator %1 auf &quot;%2&quot;: Unleash-SDKs vergleichen Datumswerte nur mit currentTime</translation>
    </message>
    <message>
        <source>operator %1: &quot;%2&quot; does not parse</source>
        <translation>Operator %1: &quot;%2&quot; lässt sich nicht parsen</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>segments nested deeper than %1 levels</source>
        <translation>Segmente tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a percentage with bucketing scheme %1 (Unleash buckets with its own scheme only)</source>
        <translation>ein Prozentsatz mit Bucketing-Verfahren %1 (Unleash bildet Buckets nur nach eigenem Verfahren)</translation>
    </message>
    <message>
        <source>a percentage with this stickiness cannot be expressed in Unleash (it has default = userId, sessionId at random, random, or one attribute, skipped when absent)</source>
        <translation>ein Prozentsatz mit dieser Stickiness lässt sich in Unleash nicht abbilden (Unleash kennt nur default = userId, sessionId, zufällig, random oder ein Attribut, bei Fehlen übersprungen)</translation>
    </message>
    <message>
        <source>a rule with a percentage and another user list, percentage or IP test cannot be one Unleash strategy</source>
        <translation>eine Regel mit einem Prozentsatz und einer weiteren Nutzerliste, einem weiteren Prozentsatz oder einer IP-Prüfung kann keine einzelne Unleash-Strategie sein</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>unbekanntes Segment &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a prerequisite other than a leading rule serving the off variation cannot be expressed as an Unleash dependency</source>
        <translation>eine Voraussetzung, die keine führende Regel mit der Aus-Variante ist, lässt sich nicht als Unleash-Abhängigkeit abbilden</translation>
    </message>
    <message>
        <source>schedules cannot be expressed in Unleash</source>
        <translation>Zeitpläne lassen sich in Unleash nicht abbilden</translation>
    </message>
    <message>
        <source>plugin &quot;%1&quot; cannot be expressed in Unleash</source>
        <translation>Plugin &quot;%1&quot; lässt sich in Unleash nicht abbilden</translation>
    </message>
    <message>
        <source>a split over variation &quot;%1&quot;, which Unleash would answer as an enabled variant and Pennon&apos;s Unleash dialect does not</source>
        <translation>eine Aufteilung über Variante &quot;%1&quot;, die Unleash als eingeschaltete Variante beantworten würde, der Unleash-Dialekt von Pennon aber nicht</translation>
    </message>
    <message>
        <source>a split with bucketing scheme %1 (Unleash buckets with its own scheme only)</source>
        <translation>eine Aufteilung mit Bucketing-Verfahren %1 (Unleash bildet Buckets nur nach eigenem Verfahren)</translation>
    </message>
    <message>
        <source>a split with this stickiness cannot be expressed in Unleash (variants stick to default = userId, sessionId, remoteAddress, or one attribute, at random when absent)</source>
        <translation>eine Aufteilung mit dieser Stickiness lässt sich in Unleash nicht abbilden (Varianten haften an default = userId, sessionId, remoteAddress oder einem Attribut, bei Fehlen zufällig)</translation>
    </message>
    <message>
        <source>split weights sum to %1 of %2</source>
        <translation>die Gewichte der Aufteilung ergeben in Summe %1 von %2</translation>
    </message>
    <message>
        <source>the percentage&apos;s salt &quot;%1&quot; and the split&apos;s &quot;%2&quot; differ: an Unleash strategy has one groupId</source>
        <translation>das Salt &quot;%1&quot; des Prozentsatzes und das Salt &quot;%2&quot; der Aufteilung unterscheiden sich: eine Unleash-Strategie hat nur eine groupId</translation>
    </message>
    <message>
        <source>no environment &quot;%1&quot; in the workspace</source>
        <translation>keine Umgebung &quot;%1&quot; im Arbeitsbereich</translation>
    </message>
    <message>
        <source>not configured in environment &quot;%1&quot;</source>
        <translation>in Umgebung &quot;%1&quot; nicht konfiguriert</translation>
    </message>
    <message>
        <source>depends on &quot;%1&quot;, which is not exported</source>
        <translation>hängt von &quot;%1&quot; ab, das nicht exportiert wird</translation>
    </message>
    <message>
        <source>serves no value or an error, which Unleash cannot express</source>
        <translation>liefert keinen Wert oder einen Fehler, was Unleash nicht ausdrücken kann</translation>
    </message>
</context>
<context>
    <name>UnleashImport</name>
    <message>
        <source>unsupported version %1 (expected 1 or 2)</source>
        <translation>nicht unterstützte Version %1 (erwartet: 1 oder 2)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, ist aber %1</translation>
    </message>
    <message>
        <source>contextName is empty</source>
        <translation>contextName ist leer</translation>
    </message>
    <message>
        <source>a value of only white space cannot be expressed: Unleash SDKs match it as an empty string, Pennon ignores it</source>
        <translation>ein Wert nur aus Leerraum lässt sich nicht abbilden: Unleash-SDKs vergleichen ihn als leere Zeichenkette, Pennon ignoriert ihn</translation>
    </message>
    <message>
        <source>duplicate segment id %1 (also at %2)</source>
        <translation>doppelte Segment-ID %1 (auch bei %2)</translation>
    </message>
    <message>
        <source>variant &quot;%1&quot; has another payload at %2; Pennon keeps one payload per variant name</source>
        <translation>Variante &quot;%1&quot; hat bei %2 eine andere Nutzlast; Pennon speichert eine Nutzlast je Variantenname</translation>
    </message>
    <message>
        <source>payload type is empty</source>
        <translation>der Typ der Nutzlast ist leer</translation>
    </message>
    <message>
        <source>duplicate variant &quot;%1&quot; (also at %2)</source>
        <translation>doppelte Variante &quot;%1&quot; (auch bei %2)</translation>
    </message>
    <message>
        <source>weight %1 is negative</source>
        <translation>Gewicht %1 ist negativ</translation>
    </message>
    <message>
        <source>weights sum to more than %1</source>
        <translation>die Gewichte ergeben in Summe mehr als %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a value with leading or trailing white space cannot be expressed: Pennon trims it</source>
        <translation>&quot;%1&quot;: ein Wert mit Leerraum am Anfang oder Ende lässt sich nicht abbilden: Pennon entfernt ihn</translation>
    </message>
    <message>
        <source>strategy variants without a groupId cannot be expressed: Unleash SDKs disagree on what they hash</source>
        <translation>Strategie-Varianten ohne groupId lassen sich nicht abbilden: Unleash-SDKs sind sich uneins, was sie hashen</translation>
    </message>
    <message>
        <source>strategy applicationHostname depends on the host name of the machine that evaluates, which Pennon cannot see</source>
        <translation>die Strategie applicationHostname hängt vom Hostnamen des auswertenden Rechners ab, den Pennon nicht kennt</translation>
    </message>
    <message>
        <source>strategy name is empty</source>
        <translation>der Name der Strategie ist leer</translation>
    </message>
    <message>
        <source>duplicate strategy id &quot;%1&quot; (also at %2)</source>
        <translation>doppelte Strategie-ID &quot;%1&quot; (auch bei %2)</translation>
    </message>
    <message>
        <source>must be a segment id (an integer), not %1</source>
        <translation>muss eine Segment-ID (ganze Zahl) sein, ist aber %1</translation>
    </message>
    <message>
        <source>duplicate feature &quot;%1&quot; (also at %2)</source>
        <translation>doppeltes Feature &quot;%1&quot; (auch bei %2)</translation>
    </message>
    <message>
        <source>environment &quot;%1&quot;: %2</source>
        <translation>Umgebung &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;: the constraint never holds</source>
        <translation>unbekannter Operator &quot;%1&quot;: die Einschränkung trifft nie zu</translation>
    </message>
    <message>
        <source>%1: the operator is false, so the inverted constraint always holds, as in Unleash SDKs</source>
        <translation>%1: der Operator ist falsch, also trifft die invertierte Einschränkung immer zu, wie in Unleash-SDKs</translation>
    </message>
    <message>
        <source>%1: the constraint never holds, as in Unleash SDKs</source>
        <translation>%1: die Einschränkung trifft nie zu, wie in Unleash-SDKs</translation>
    </message>
    <message>
        <source>unknown segment %1: the strategy never holds, as in Unleash SDKs</source>
        <translation>unbekanntes Segment %1: die Strategie trifft nie zu, wie in Unleash-SDKs</translation>
    </message>
    <message>
        <source>&quot;disabled&quot; is ignored: Unleash SDKs evaluate the strategy</source>
        <translation>&quot;disabled&quot; wird übergangen: Unleash-SDKs werten die Strategie aus</translation>
    </message>
    <message>
        <source>unknown feature &quot;%1&quot;: the dependency is never satisfied, as in Unleash SDKs</source>
        <translation>unbekanntes Feature &quot;%1&quot;: die Abhängigkeit ist nie erfüllt, wie in Unleash-SDKs</translation>
    </message>
    <message>
        <source>%1 is not a percentage from 0 to 100: Unleash SDKs read it as %2 %</source>
        <translation>%1 ist kein Prozentsatz von 0 bis 100: Unleash-SDKs lesen es als %2 %</translation>
    </message>
    <message>
        <source>a missing &quot;%1&quot;</source>
        <translation>ein fehlendes &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>UserOptions</name>
    <message>
        <source>Number of synthetic users.</source>
        <translation>Anzahl der synthetischen Nutzer.</translation>
    </message>
    <message>
        <source>Synthetic ids; {n} runs from 0 to N-1 (default user-{n}).</source>
        <translation>Synthetische IDs; {n} läuft von 0 bis N-1 (Vorgabe: user-{n}).</translation>
    </message>
    <message>
        <source>Attribute that receives the id (default userId).</source>
        <translation>Attribut, das die ID erhält (Vorgabe: userId).</translation>
    </message>
    <message>
        <source>Constant attributes for every user, as a JSON object.</source>
        <translation>Feste Attribute für alle Nutzer, als JSON-Objekt.</translation>
    </message>
    <message>
        <source>An attribute generated per user (repeatable): NAME=VALUE, NAME=choice(A:3,B:1), NAME=range(LOW,HIGH) or NAME=version(LOW,HIGH).</source>
        <translation>Ein je Nutzer erzeugtes Attribut (wiederholbar): NAME=VALUE, NAME=choice(A:3,B:1), NAME=range(LOW,HIGH) oder NAME=version(LOW,HIGH).</translation>
    </message>
    <message>
        <source>Real contexts from a CSV file whose header row names the attributes.</source>
        <translation>Echte Kontexte aus einer CSV-Datei, deren Kopfzeile die Attribute nennt.</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores).</source>
        <translation>Anzahl der Arbeits-Threads (Vorgabe: alle Kerne).</translation>
    </message>
    <message>
        <source>give exactly one of --users N and --csv FILE</source>
        <translation>genau eine der Optionen --users N und --csv FILE angeben</translation>
    </message>
    <message>
        <source>--users must be a whole number from 1 to 10^12, not &apos;%1&apos;</source>
        <translation>--users muss eine ganze Zahl von 1 bis 10^12 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--threads must be a whole number from 1 to 1024, not &apos;%1&apos;</source>
        <translation>--threads muss eine ganze Zahl von 1 bis 1024 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--id-pattern must contain {n}, not &apos;%1&apos;</source>
        <translation>--id-pattern muss {n} enthalten (angegeben: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--id-attribute must not be empty</source>
        <translation>--id-attribute darf nicht leer sein</translation>
    </message>
    <message>
        <source>pennonctl: %1</source>
        <translation>pennonctl: %1</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>attribute name is empty</source>
        <translation>der Attributname ist leer</translation>
    </message>
    <message>
        <source>stickiness names no attribute</source>
        <translation>für die Stickiness ist kein Attribut angegeben</translation>
    </message>
    <message>
        <source>percentage %1 is not within 0..100</source>
        <translation>Prozentsatz %1 liegt nicht zwischen 0 und 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or CIDR range</source>
        <translation>&quot;%1&quot; ist weder eine IP-Adresse noch ein CIDR-Bereich</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>unbekanntes Segment &quot;%1&quot;</translation>
    </message>
    <message>
        <source>plugin name is empty</source>
        <translation>der Plugin-Name ist leer</translation>
    </message>
    <message>
        <source>a library activation cannot refer to another (&quot;%1&quot;)</source>
        <translation>eine Aktivierung aus der Bibliothek kann nicht auf eine andere verweisen (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>unknown activation &quot;%1&quot;</source>
        <translation>unbekannte Aktivierung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>operator %1 takes no values</source>
        <translation>Operator %1 erwartet keine Werte</translation>
    </message>
    <message>
        <source>operator %1 needs at least one value</source>
        <translation>Operator %1 erwartet mindestens einen Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number</source>
        <translation>&quot;%1&quot; ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time</source>
        <translation>&quot;%1&quot; ist kein Zeitpunkt nach ISO 8601</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a semantic version</source>
        <translation>&quot;%1&quot; ist keine semantische Version</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>unbekannte Zeitzone &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a schedule needs a start or an end</source>
        <translation>ein Zeitplan braucht einen Beginn oder ein Ende</translation>
    </message>
    <message>
        <source>end %1 is not after start %2</source>
        <translation>Ende %1 liegt nicht nach Beginn %2</translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; cannot be its own prerequisite</source>
        <translation>Flag &quot;%1&quot; kann nicht seine eigene Voraussetzung sein</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;</source>
        <translation>unbekanntes Flag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; has no variation &quot;%2&quot;</source>
        <translation>Flag &quot;%1&quot; hat keine Variante &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown variation &quot;%1&quot;</source>
        <translation>unbekannte Variante &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a split needs at least one weight</source>
        <translation>eine Aufteilung braucht mindestens ein Gewicht</translation>
    </message>
    <message>
        <source>variation &quot;%1&quot; appears twice in the split</source>
        <translation>Variante &quot;%1&quot; kommt in der Aufteilung zweimal vor</translation>
    </message>
    <message>
        <source>weight %1 is negative</source>
        <translation>Gewicht %1 ist negativ</translation>
    </message>
    <message>
        <source>total %1 is not within 1..%2</source>
        <translation>Gesamtwert %1 liegt nicht zwischen 1 und %2</translation>
    </message>
    <message>
        <source>weights sum to more than %1, not %2</source>
        <translation>die Gewichte ergeben in Summe mehr als %1 statt %2</translation>
    </message>
    <message>
        <source>weights sum to %1, not %2</source>
        <translation>die Gewichte ergeben in Summe %1 statt %2</translation>
    </message>
    <message>
        <source>scheme %1 has no splits, only percentages</source>
        <translation>Bucketing-Verfahren %1 kennt keine Aufteilungen, nur Prozentsätze</translation>
    </message>
    <message>
        <source>duplicate rule id &quot;%1&quot;</source>
        <translation>doppelte Regel-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a flag needs at least one variation</source>
        <translation>ein Flag braucht mindestens eine Variante</translation>
    </message>
    <message>
        <source>duplicate variation key &quot;%1&quot;</source>
        <translation>doppelter Variantenschlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>variation &quot;%1&quot; has no value</source>
        <translation>Variante &quot;%1&quot; hat keinen Wert</translation>
    </message>
    <message>
        <source>value %1 is not of the flag&apos;s type %2</source>
        <translation>Wert %1 hat nicht den Typ %2 des Flags</translation>
    </message>
    <message>
        <source>unknown environment &quot;%1&quot;</source>
        <translation>unbekannte Umgebung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>prerequisite cycle: %1</source>
        <translation>Zyklus in den Voraussetzungen: %1</translation>
    </message>
    <message>
        <source>segment cycle: %1</source>
        <translation>Zyklus in den Segmenten: %1</translation>
    </message>
    <message>
        <source>duplicate environment key &quot;%1&quot;</source>
        <translation>doppelter Umgebungsschlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate activation key &quot;%1&quot;</source>
        <translation>doppelter Aktivierungsschlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate segment key &quot;%1&quot;</source>
        <translation>doppelter Segmentschlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate flag key &quot;%1&quot;</source>
        <translation>doppelter Flag-Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>key is empty</source>
        <translation>der Schlüssel ist leer</translation>
    </message>
    <message>
        <source>key contains the control character U+%1 at position %2</source>
        <translation>der Schlüssel enthält das Steuerzeichen U+%1 an Position %2</translation>
    </message>
    <message>
        <source>key is %1 characters long, more than %2</source>
        <translation>der Schlüssel ist %1 Zeichen lang, mehr als %2</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; does not compile: %2</source>
        <translation>Muster &quot;%1&quot; ist ungültig: %2</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>unbekannter Operator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; is not one Unleash SDKs know: the constraint is false, negated or not</source>
        <translation>Operator &quot;%1&quot; ist keiner, den Unleash-SDKs kennen: die Einschränkung ist falsch, negiert oder nicht</translation>
    </message>
    <message>
        <source>%1: the operator is false, so the negated constraint always holds, as in Unleash SDKs</source>
        <translation>%1: der Operator ist falsch, also trifft die negierte Einschränkung immer zu, wie in Unleash-SDKs</translation>
    </message>
    <message>
        <source>%1: the constraint never holds, as in Unleash SDKs</source>
        <translation>%1: die Einschränkung trifft nie zu, wie in Unleash-SDKs</translation>
    </message>
    <message>
        <source>segment %1 is not in the workspace: the condition never holds, as in Unleash SDKs</source>
        <translation>Segment %1 ist nicht im Arbeitsbereich: die Bedingung trifft nie zu, wie in Unleash-SDKs</translation>
    </message>
    <message>
        <source>a split cannot also serve no value or an error</source>
        <translation>eine Aufteilung kann nicht zugleich keinen Wert oder einen Fehler liefern</translation>
    </message>
    <message>
        <source>serves no value: applications get their own default value, reason DEFAULT</source>
        <translation>liefert keinen Wert: Anwendungen erhalten ihren eigenen Standardwert, Grund DEFAULT</translation>
    </message>
    <message>
        <source>serves an error (%1): the off variation, reason ERROR; the source had %2</source>
        <translation>liefert einen Fehler (%1): die Aus-Variante, Grund ERROR; die Quelle hatte %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>duplicate persona key &quot;%1&quot;</source>
        <translation>doppelter Persona-Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a persona needs a name</source>
        <translation>eine Persona braucht einen Namen</translation>
    </message>
    <message>
        <source>an attribute needs a name</source>
        <translation>ein Attribut braucht einen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a field of its own; it is no attribute</source>
        <translation>&quot;%1&quot; ist ein eigenes Feld, kein Attribut</translation>
    </message>
    <message>
        <source>duplicate attribute &quot;%1&quot;</source>
        <translation>doppeltes Attribut &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a valid moment</source>
        <translation>kein gültiger Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>WeekdayPlugin</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>%1 between %2 and %3 in %4</source>
        <translation>%1 zwischen %2 und %3 Uhr (Zeitzone %4)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (Zeitzone %2)</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>required: the days of the week on which the condition holds, e.g. [&quot;sat&quot;, &quot;sun&quot;]</source>
        <translation>erforderlich: die Wochentage, an denen die Bedingung zutrifft, z. B. [&quot;sat&quot;, &quot;sun&quot;]</translation>
    </message>
    <message>
        <source>must be a list of days of the week, e.g. [&quot;sat&quot;, &quot;sun&quot;]</source>
        <translation>muss eine Liste von Wochentagen sein, z. B. [&quot;sat&quot;, &quot;sun&quot;]</translation>
    </message>
    <message>
        <source>is empty: name at least one day of the week</source>
        <translation>ist leer: mindestens einen Wochentag angeben</translation>
    </message>
    <message>
        <source>%1 is not a day of the week</source>
        <translation>%1 ist kein Wochentag</translation>
    </message>
    <message>
        <source>must be an IANA time-zone id such as &quot;Europe/Berlin&quot;</source>
        <translation>muss eine IANA-Zeitzonen-ID wie &quot;Europe/Berlin&quot; sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time-zone id</source>
        <translation>&quot;%1&quot; ist keine bekannte IANA-Zeitzonen-ID</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;from&quot;: &quot;09:00&quot;, &quot;to&quot;: &quot;17:00&quot;}</source>
        <translation>muss ein Objekt wie {&quot;from&quot;: &quot;09:00&quot;, &quot;to&quot;: &quot;17:00&quot;} sein</translation>
    </message>
    <message>
        <source>required: a time of day such as &quot;09:00&quot;</source>
        <translation>erforderlich: eine Uhrzeit wie &quot;09:00&quot;</translation>
    </message>
    <message>
        <source>%1 is not a time of day in the form HH:MM, such as &quot;09:00&quot;</source>
        <translation>%1 ist keine Uhrzeit der Form HH:MM wie &quot;09:00&quot;</translation>
    </message>
    <message>
        <source>must be later than &quot;from&quot; (a window across midnight takes two rules)</source>
        <translation>muss später als &quot;from&quot; sein (ein Zeitfenster über Mitternacht braucht zwei Regeln)</translation>
    </message>
</context>
<context>
    <name>WorkspaceExport</name>
    <message>
        <source>Pennon JSON (complete, lossless)</source>
        <translation>Pennon JSON (vollständig, verlustfrei)</translation>
    </message>
    <message>
        <source>flagd flag definitions (OpenFeature)</source>
        <translation>flagd-Flag-Definitionen (OpenFeature)</translation>
    </message>
    <message>
        <source>Unleash client API features</source>
        <translation>Features der Unleash-Client-API</translation>
    </message>
    <message>
        <source>CSV summary for spreadsheets</source>
        <translation>CSV-Übersicht für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>there is no environment &quot;%1&quot;</source>
        <translation>es gibt keine Umgebung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 holds one environment: name one of %2</source>
        <translation>%1 enthält nur eine Umgebung: eine von %2 angeben</translation>
    </message>
</context>
<context>
    <name>WorkspaceSource</name>
    <message>
        <source>Read the workspace from FILE (- for standard input) instead of a database.</source>
        <translation>Den Arbeitsbereich aus FILE (- für die Standardeingabe) statt aus einer Datenbank lesen.</translation>
    </message>
    <message>
        <source>Format of --from: native (default), unleash or flagd.</source>
        <translation>Format von --from: native (Vorgabe), unleash oder flagd.</translation>
    </message>
    <message>
        <source>Environment to evaluate in (may be left out when the workspace has one).</source>
        <translation>Umgebung für die Auswertung (kann entfallen, wenn der Arbeitsbereich nur eine hat).</translation>
    </message>
    <message>
        <source>pennonctl: %1</source>
        <translation>pennonctl: %1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected native, unleash or flagd)</source>
        <translation>unbekanntes Format &apos;%1&apos; (erwartet: native, unleash oder flagd)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>the workspace has several environments; choose one with --env (%1)</source>
        <translation>der Arbeitsbereich hat mehrere Umgebungen; eine mit --env auswählen (%1)</translation>
    </message>
    <message>
        <source>unknown environment &apos;%1&apos; (the workspace has %2)</source>
        <translation>unbekannte Umgebung &apos;%1&apos; (vorhanden: %2)</translation>
    </message>
    <message>
        <source>pennonctl: warning: %1</source>
        <translation>pennonctl: Warnung: %1</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>die Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>pennonctl: %1: %2</source>
        <translation>pennonctl: %1: %2</translation>
    </message>
    <message>
        <source>conflict: the stored version is newer</source>
        <translation>Konflikt: die gespeicherte Version ist neuer</translation>
    </message>
    <message>
        <source>(last changed by %1 at %2, now version %3)</source>
        <translation>(zuletzt geändert von %1 um %2, jetzt Version %3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>the database failed</source>
        <translation>die Datenbank ist gescheitert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
</context>
</TS>
