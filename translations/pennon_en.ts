<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppSettings</name>
    <message>
        <source>the default workspace is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings, default workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeGenerator</name>
    <message>
        <source>&apos;%1&apos; at character %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected NAME=GENERATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attribute name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1(...) must end with &apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice&apos;s value must not hold &apos;(&apos; or &apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight must be a whole number from 0 to 10^9, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one choice needs a weight above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1(LOW,HIGH) takes two bounds, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bound must be a whole number from -10^15 to 10^15, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIGH must not be below LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version is MAJOR.MINOR.PATCH, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version&apos;s part must be a whole number from 0 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message numerus="yes">
        <source>Add Tags to %n Flag(s)</source>
        <translation>
            <numerusform>Add Tags to %n Flag</numerusform>
            <numerusform>Add Tags to %n Flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove Tags from %n Flag(s)</source>
        <translation>
            <numerusform>Remove Tags from %n Flag</numerusform>
            <numerusform>Remove Tags from %n Flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the Owner of %n Flag(s)</source>
        <translation>
            <numerusform>Set the Owner of %n Flag</numerusform>
            <numerusform>Set the Owner of %n Flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch On %n Flag(s) in %1</source>
        <translation>
            <numerusform>Switch On %n Flag in %1</numerusform>
            <numerusform>Switch On %n Flags in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch Off %n Flag(s) in %1</source>
        <translation>
            <numerusform>Switch Off %n Flag in %1</numerusform>
            <numerusform>Switch Off %n Flags in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n Flag(s)</source>
        <translation>
            <numerusform>Archive %n Flag</numerusform>
            <numerusform>Archive %n Flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n Flag(s)</source>
        <translation>
            <numerusform>Unarchive %n Flag</numerusform>
            <numerusform>Unarchive %n Flags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeImpact</name>
    <message>
        <source>no configuration to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no flag &apos;%1&apos; in the configuration compared from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no flag &apos;%1&apos; in the configuration compared with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, revert of change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag “%1” deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment “%1” deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New protected environment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New environment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation “%1” deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activation “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment “%1” deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition %1 removed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition %1 added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state before this change cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state after this change cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference in what is shown (only in how it is stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona “%1” deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New persona “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute %1 removed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute %1 added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated as of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartFiles</name>
    <message>
        <source>Save Chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;pennonctl %1 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pennon, the feature-flag manager. Opens the workspace named here, else $PENNON_DB, else the default workspace of the settings, else the per-user workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database: sqlite:PATH or postgresql://[user@]host[:port]/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace&apos;s SQLite file (created when it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one workspace at a time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either --db URL or FILE, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE: the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionText</name>
    <message>
        <source>%1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not start with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not end with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches the pattern %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not greater than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is greater than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not less than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a version after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a version after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not version %2 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is version %2 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a version before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a version before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not version %2 or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is version %2 or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ignoring case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped when absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty value when absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stops evaluation when absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random when absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of users by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of users at random (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, salt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 on (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag %1 is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag %1 serves %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag %1 serves one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in segment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom activation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom activation %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation %1 (not in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a named activation: its condition</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 … and %n more</source>
        <comment>a cut-off list of values</comment>
        <translation>
            <numerusform>%1 … and %n more</numerusform>
            <numerusform>%1 … and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 %3 (an operator Unleash does not know: never holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2: always holds, as in Unleash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2: never holds, as in Unleash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in segment %1 (not in the workspace: never holds, as in Unleash)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>the local socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 cannot be reached: check its name and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was refused at %1: is PostgreSQL running there, and is the port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for the password of user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: the server did not accept user %1 with this password (or does not let that user in from here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds a workspace from a newer Pennon; update Pennon to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the workspace cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds a workspace of schema version %1, newer than this Pennon understands (%2); update Pennon to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. The database has no Pennon workspace yet: Connect creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. The database holds a Pennon workspace (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>an attribute must be a string, number, boolean, list of strings or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a context must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvContexts</name>
    <message>
        <source>further errors are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted cell; quote the whole cell and write the quote as &quot;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted cell is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row must name an attribute in every column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attribute &quot;%1&quot; is named twice in the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; its first row must name the attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the row has %n cell(s); the header row has %1</source>
        <translation>
            <numerusform>the row has %n cell; the header row has %1</numerusform>
            <numerusform>the row has %n cells; the header row has %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the cell is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>database URL &quot;%1&quot;: the SQLite file path is missing (sqlite:PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: unknown scheme; use sqlite:PATH or postgresql://[user[:password]@]host[:port]/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the database name is missing (…/dbname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the database name may not contain &apos;/&apos;, &apos;?&apos; or &apos;#&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the database name is missing or badly encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the user name is empty or badly encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the password is badly encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the IPv6 host lacks its closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: unexpected text after the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the host is badly encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the port &quot;%2&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PENNON_DB: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbCommands</name>
    <message>
        <source>pennonctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;pennonctl %1 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the workspace database&apos;s schema, or migrate it to this Pennon&apos;s version. Running it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace database ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit history, newest first: every change with who, when, the versions and the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON array of {id, time, actor, kind, key, versionBefore, versionAfter, comment, revertOf, before?, after?}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the changes of this object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history takes at most one KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number of 1 or more, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reverts %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert one change of the history. The revert is a change of its own; it is refused when the object has changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment stored with the revert in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the change (see pennonctl history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revert takes exactly one CHANGE_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change id is a whole number of 1 or more, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: unknown change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverted change %1 as change %2: %3 %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultWorkspace</name>
    <message>
        <source>the demo workspace cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo workspace is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>segments nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no activation plugin of type &quot;%1&quot; is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plugin &quot;%1&quot; rejects its configuration: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; depends on itself through prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the condition never holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it serves nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown variation &quot;%1&quot;: the flag evaluates as ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; is not one Unleash SDKs know: false, negated or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: the rule is disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentChanges</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>An environment needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an environment with the key %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are two environments with the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed while %n flag(s) are on there: %2. Switch them off first.</source>
        <translation>
            <numerusform>%1 cannot be removed while %n flag is on there: %2. Switch it off first.</numerusform>
            <numerusform>%1 cannot be removed while %n flags are on there: %2. Switch them off first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed while %n flag(s) with unsaved changes are configured there: %2. Save or discard the changes first.</source>
        <translation>
            <numerusform>%1 cannot be removed while %n flag with unsaved changes is configured there: %2. Save or discard the changes first.</numerusform>
            <numerusform>%1 cannot be removed while %n flags with unsaved changes are configured there: %2. Save or discard the changes first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add environment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprotect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 (%n flag(s) lose their configuration there)</source>
        <translation>
            <numerusform>Remove %1 (%n flag loses its configuration there)</numerusform>
            <numerusform>Remove %1 (%n flags lose their configuration there)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>Evaluate flags for contexts; one JSON object per line for each (context, flag) pair, in input order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate this flag only (default: every flag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One context as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts as JSON Lines, one object per line (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native (default) or unleash: Unleash-shaped contexts and answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the trace of every rule and condition visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dialect &apos;%1&apos; (expected native or unleash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trace is available in the native dialect only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context of a persona saved in the workspace (Simulate ▸ Persona…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --context JSON, --contexts FILE and --persona KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: no persona &apos;%1&apos; in the workspace (saved personas: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write to FILE (replaced only when the export is complete) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the stored record versions (by default they are written as 0, so that an export holds configuration only and diffs well).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the workspace. Every format is deterministic: the same workspace gives the same bytes. Pennon JSON (native) is lossless; flagd and unleash write one environment (--env, or the only one) as flagd flag definitions or an Unleash client-API feature state that flagd or an Unleash SDK evaluates exactly as Pennon does, refusing (exit 2) every flag the format cannot express, each named with the reason; csv is a summary, one row per flag and environment (all environments, or --env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: native (default), flagd, unleash or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagd, unleash: leave out the flags the format cannot express exactly (listed on standard error) and export the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (expected native, flagd, unleash or csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: export: skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: export: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pennonctl: export: %n flag(s) cannot be expressed in %1 exactly; nothing written (--lenient leaves them out)</source>
        <translation>
            <numerusform>pennonctl: export: %n flag cannot be expressed in %1 exactly; nothing written (--lenient leaves it out)</numerusform>
            <numerusform>pennonctl: export: %n flags cannot be expressed in %1 exactly; nothing written (--lenient leaves them out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagChangeText</name>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when %1, serves %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flag “%1” of type %2 with the variations %3, off in every environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation %1 added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation %1 description: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no longer configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: off variation %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule %2 removed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule %2 added: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: otherwise serves %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule %2 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule %2 enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flag “%1” of type %2 with the variations %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagCommand</name>
    <message>
        <source>pennonctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;pennonctl flag %1 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pennonctl flag list [--json] | get KEY | put FILE|-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;pennonctl flag SUBCOMMAND --help&apos; describes a subcommand&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag needs a subcommand: list, get or put</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown flag subcommand &apos;%1&apos; (expected list, get or put)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;pennonctl flag --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the workspace&apos;s flags: key, type, on/off per environment, name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON array of {key, name, type, archived, version, environments: {ENV: on}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one flag as Pennon JSON, all environments, with its &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag get takes exactly one KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: unknown flag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update one flag from Pennon JSON. With a &quot;version&quot; field the save is conditional: it happens only while the stored version is that one (0: only if the flag does not exist yet); without one the flag is created or overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment stored with the change in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pennon JSON of one flag, or - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag put takes exactly one FILE (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version is 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved flag %1: version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagText</name>
    <message>
        <source>Boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a split by %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a split at random (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; without the attribute: an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; without the attribute: the off variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; without the attribute: at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; salt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <comment>variation, share in percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 % (%3 of %4)</source>
        <comment>variation, share in percent, weight, total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value (the application&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1 (kept from &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: off variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what it serves otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <comment>a rule&apos;s text or title; the rule is kept but skipped in evaluation</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagdExport</name>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown library activation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucketing scheme %1 (flagd buckets with its own scheme only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absence policy random (flagd has no random buckets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stickiness attribute (flagd has no random buckets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the salt &quot;%1&quot; is not ASCII (flagd-core hashes UTF-16 code units, Pennon UTF-8 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative weight for variation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split weights sum to %1 of %2 (flagd needs a total from 1 to 2147483647)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex conditions cannot be expressed in flagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedules cannot be expressed in flagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP/CIDR conditions cannot be expressed in flagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prerequisites cannot be expressed in flagd (targeting cannot evaluate another flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plugin &quot;%1&quot; cannot be expressed in flagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator REGEX cannot be expressed in flagd (only patterns of fixed text, as the flagd import writes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1 with caseInsensitive (flagd compares case-sensitively)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1 cannot be expressed in flagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variation has an empty key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variation &quot;%1&quot; is not a JSON object (flagd&apos;s object flags hold objects only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no variations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment &quot;%1&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured in environment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hold in flagd for JSON numbers only: Pennon also compares a decimal string such as &quot;17&quot;, which flagd answers as not holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMVER_* become flagd&apos;s sem_ver, which also reads malformed versions such as &quot;v1.2.3&quot; or &quot;1.2&quot; that Pennon&apos;s strict Semantic Versions reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serves PARSE_ERROR in a rule: flagd answers it for every context or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serves PARSE_ERROR in a split: flagd answers it for every context or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serves PARSE_ERROR after rules: flagd answers it for every context or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1 with an instant flagd&apos;s $flagd.timestamp (whole seconds) cannot express exactly: it takes %2 on a whole second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an instant one millisecond before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an instant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagdImport</name>
    <message>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in flag &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag key &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;state&quot; (ENABLED or DISABLED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state must be ENABLED or DISABLED, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown variant &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the targeting needs more than %1 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;variants&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flag needs at least one variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the name of an evaluator, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown evaluator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a $ref inside an evaluator is not supported: flagd resolves it or not depending on the order of $evaluators in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targeting must give a variant name, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targeting must give a variant name, not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an expression has exactly one operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition needs more than %1 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targeting gives true or false here, which name no variants of this flag: flagd answers an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variant chosen by the context (&quot;%1&quot;) cannot be expressed: Pennon serves variations the rules name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fractional&quot; needs a list of [variant, weight] buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bucketing expression of a bare &quot;var&quot; hashes the value without a salt, which Pennon cannot (an empty salt means the flag key); use {&quot;cat&quot;: [salt, {&quot;var&quot;: ...}]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bucketing expression must be a &quot;cat&quot; of a salt and one &quot;var&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bucketing expression&apos;s parts must be strings, numbers or attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the attribute in a bucketing expression cannot be expressed: Pennon hashes salt + value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bucketing expression with more than one attribute cannot be expressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bucketing expression without a salt cannot be expressed: Pennon&apos;s empty salt means the flag key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bucketing expression must be a &quot;cat&quot; or a bucket, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bucket must be [variant, weight] or [variant]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weight must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant &quot;%1&quot; has two separate buckets, which a Pennon split cannot express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fractional&quot; needs at least one bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights sum to %1, outside 1..%2: flagd serves the defaultVariant here, and so does the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list may hold only strings, numbers, booleans and null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;var&quot; takes a name and an optional default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a default value must be a string, number, boolean or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;var&quot; needs the name of a context attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported: Pennon has no such evaluation property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a nested path into the context, which Pennon&apos;s flat contexts do not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cat&quot; of an attribute can only be a bucketing expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be compared: only attributes (&quot;var&quot;) and literals can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list as a condition is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2 arguments, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2 to %3 arguments, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute as a condition: flagd counts the strings &quot;0&quot; and &quot;false&quot; as true, Pennon (which compares text) as false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test for JSON numbers (as Pennon&apos;s flagd export writes NUM_*) reads back as NUM_*, which also holds for a decimal string such as &quot;17&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagd fails to evaluate this comparison, which Pennon cannot reproduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagd fails to evaluate this comparison when the attribute is absent, which Pennon cannot reproduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing two attributes with each other cannot be expressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagd fails to evaluate this comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing with %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;in&quot; with the attribute as a part of a string longer than %1 characters is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a list or a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;in&quot; looks for a string in the attribute, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; with the attribute as a part of a string longer than %2 characters is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number or a string, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; with the text &quot;%2&quot; compares as numbers or as text depending on the attribute&apos;s type, which cannot be expressed; compare with a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordering text with characters outside the Basic Multilingual Plane is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sem_ver&apos;s operator must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagd cannot read &quot;%1&quot; as a version: the comparison never holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sem_ver: flagd also reads context values such as &quot;v1.2.3&quot;, &quot;1.2&quot; or &quot; 1.2.3 &quot; as versions; Pennon compares only strict Semantic Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; is not text: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;var&quot; takes a name and an optional default: flagd ignores the rest, and so does the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list as a condition is supported when it holds only literals and attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list as a condition: flagd counts a list that is not empty as true, the condition always holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty list as a condition: flagd counts it as false, the condition never holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; of no conditions gives null, which is false: the condition never holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads its first argument only: flagd ignores the rest, and so does the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sem_ver&quot; takes 3 arguments, not %1: flagd&apos;s sem_ver gives null, the condition never holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; with %2 compares as with the number %3, as flagd does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sem_ver operator %1 (expected = != &lt; &lt;= &gt; &gt;= ^ ~): flagd&apos;s sem_ver gives null, the condition never holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata is %1, not an object: flagd ignores it, and so does the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$evaluators is %1, not an object: ignored (a $ref to it is refused as an unknown evaluator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags is a list, not an object: flagd names its flags by their position (&quot;0&quot;, &quot;1&quot;, ...), and so does the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;flags&quot;: flagd loads no flag, and the import gives an empty workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags is empty: flagd loads no flag, and the import gives an empty workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags is %1, which holds no flag for flagd: the import gives an empty workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaultVariant must be the name of a variant, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flag is DISABLED, and flagd never evaluates its targeting, which Pennon cannot read (%1: %2): imported without rules (turned on, it serves the defaultVariant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant &quot;%1&quot; is null and never served: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flag needs at least one variant that is not null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant &quot;%1&quot; is null: flagd answers an error where it is served, which Pennon cannot (a variant that is never served is left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &quot;if&quot; without arguments gives null: the defaultVariant is served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &quot;if&quot; with one argument gives that argument: it is served as the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: flagd&apos;s fractional gives null for every context, so the defaultVariant is served here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fractional&quot; needs a list of [variant, weight] buckets, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bucket&apos;s variant must be a string, number, boolean or null, not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;var&quot; of the number %1 reads the attribute &quot;%1&quot;, as flagd does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list as the default: flagd counts it as %1 where the attribute is absent, and so does the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list as the default is supported where &quot;in&quot; searches it or as a condition; elsewhere a default must be a string, number, boolean or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list as the default: where the attribute is absent flagd looks into the list, and so does the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list inside the list of &quot;in&quot; never matches (flagd compares strictly), and the import leaves it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; with more than 2 arguments below an &quot;if&quot; without an else is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; with more than 2 arguments is supported when no middle argument, nor a literal before a middle attribute, is null, false, 0, empty or a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; with %2 arguments: flagd compares each with the next and holds when all pairs do, and so does the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &quot;if&quot; as a bucketing expression is supported when its conditions are the same for every context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &quot;if&quot; as a bucketing expression whose conditions are the same for every context: flagd buckets by its argument %1, and so does the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list in a bucketing expression: flagd joins its items to &quot;%1&quot;, and so does the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no defaultVariant, but the targeting always names a variant: the import takes &quot;%1&quot; as the off variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no defaultVariant, but the flag is DISABLED (flagd answers the caller&apos;s default, reason DISABLED): the import takes &quot;%1&quot; as the off variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variants is a list, not an object: flagd names them by their position (&quot;0&quot; to &quot;%1&quot;), and so does the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagd cannot parse the targeting here, so it answers every evaluation of the flag with an error (PARSE_ERROR), and so does the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no defaultVariant: where the targeting gives nothing, flagd answers the caller&apos;s default value, and so does the import (no value); it takes &quot;%1&quot; as the off variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown variant &quot;%1&quot;: flagd answers an error (GENERAL) here, and so does the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variant is named by the attribute &quot;%1&quot;: one rule per variant, and an error (GENERAL) where it names none, as flagd answers (a list attribute is compared as its items, flagd joins them with commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$flagd.timestamp becomes %1 on currentTime, which a context may give (flagd always takes the clock)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactCommand</name>
    <message>
        <source>Count the users whose variation of one flag changes between the workspace and another configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the workspace in FILE (- for standard input), in the same environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format of --to: native (default), unleash or flagd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with another environment of the same workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many ids of users that change to list (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--flag KEY is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --to FILE and --to-env ENV2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--samples must be a whole number from 0 to 1000, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --to-format &apos;%1&apos; (expected native, unleash or flagd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: the configuration compared with has no environment &apos;%1&apos; (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: no flag &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration compared with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import a workspace file into the database. The whole file is validated before anything is written; the import is one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format of FILE: native (default), unleash or flagd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the workspace exactly the file: remove what the file does not have (default: merge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment stored with the changes in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file, or - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes exactly one FILE (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected native, unleash or flagd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: %1 (nothing written to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1 into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment an Unleash feature state or flagd flag definitions are imported into (default: default).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonDecoder</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer between -2^53 and 2^53, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected content after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the document (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the document inside an object (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a quoted field name, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after field name &quot;%1&quot;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the document inside a list (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in a list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (sequence cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (overlong or out-of-range sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the document in a \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character 0x%1 inside a string (escape it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lone low surrogate \u%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lone high surrogate \u%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence \%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers may not have leading zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: digits expected after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: digits expected in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixAttribute</name>
    <message>
        <source>&apos;%1&apos; is no whole number to start a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no whole number to end a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step must be a whole number above 0, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range&apos;s bounds lie between -10^15 and 10^15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range ends (%1) below where it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, character %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one value is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash must be followed by the character it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range holds %1 values, more than a matrix can take (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixResult</name>
    <message>
        <source>no variation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixSpec</name>
    <message>
        <source>An attribute has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute &apos;%1&apos; is there twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %L1 combinations: a matrix takes at most %L1. Give fewer values, or simulate many users (Simulate ▸ Many Users…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::AboutDialog</name>
    <message>
        <source>About Pennon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pennon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature flags and experiments: edit rules and splits, see exactly who gets what, and export for your services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::BarChart</name>
    <message>
        <source>Could not write the image to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::BulkActions</name>
    <message>
        <source>&amp;Bulk Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch O&amp;n in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch O&amp;ff in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promote To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags to every selected flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags from every selected flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every selected flag the same owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive every selected flag: hidden from the list, still evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring every selected archived flag back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy flags&apos; configuration from one environment to another, flag by flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected flag&apos;s configuration from this environment to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch every selected flag on in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch every selected flag off in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) selected: Edit ▸ Bulk Edit changes them all.</source>
        <translation>
            <numerusform>%n flag selected: Edit ▸ Bulk Edit changes it.</numerusform>
            <numerusform>%n flags selected: Edit ▸ Bulk Edit changes them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) selected: Edit ▸ Bulk Edit changes them all. Shown below: %1.</source>
        <translation>
            <numerusform>%n flag selected: Edit ▸ Bulk Edit changes it. Shown below: %1.</numerusform>
            <numerusform>%n flags selected: Edit ▸ Bulk Edit changes them all. Shown below: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pennon::BulkEditDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner for every selected flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. team@example.com; empty: no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags to remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. checkout, web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes, flag by flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not configured yet; set up as a new flag starts (off variation %2, otherwise serves %3), then turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the tags first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 selected flag(s) change:</source>
        <translation>
            <numerusform>%n of the %1 selected flags changes:</numerusform>
            <numerusform>%n of the %1 selected flags change:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is protected: saving asks you to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would change no flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ChangeWatcher</name>
    <message>
        <source>cannot listen for changes on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionAttributeBox</name>
    <message>
        <source>an attribute of the context, e.g. country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionConstraintPage</name>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number &lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number ≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version ≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the IP range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Negate (holds where the operator does not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context attribute the operator reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negate the constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop negating the constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date operators compare currentTime, whatever the attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown, kept as imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pattern per line (RE2 syntax); any of them may match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One IP address or CIDR range per line, e.g. 10.0.0.0/8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One decimal number per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One semantic version per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ISO 8601 date-time per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decimal number, e.g. 42 or -0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A semantic version, e.g. 1.4.0 or 2.0.0-rc.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without values the constraint always holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without values the constraint never holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionEditor</name>
    <message>
        <source>User list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses and ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisite flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pennon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unleash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the condition&apos;s type to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1: evaluated as %1 evaluates it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionInstantEdit</name>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset from UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset from UTC the date and time are written in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionIpPage</name>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context attribute holding the client&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address or CIDR range per line, e.g.
10.0.0.0/8
2001:db8::/32
192.168.1.7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) or range(s)</source>
        <translation>
            <numerusform>%Ln address or range</numerusform>
            <numerusform>%Ln addresses or ranges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionLibraryPage</name>
    <message>
        <source>Library activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation&apos;s condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the library activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionPage</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionPercentagePage</name>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributes in order, comma-separated: the first present counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the condition does for a context that has none of the attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop: serve the off variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a random bucket each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flag key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashed with each value: another salt puts other users in the percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucketing scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pennon&apos;s default, as flagd buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as Unleash SDKs bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the rollout gem (Hanoi) buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Percentage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stick&amp;y by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a&amp;bsent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;lt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucketing &amp;scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the stickiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what happens without the attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the salt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the bucketing scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids are hashed as UTF-8 bytes, as the Go, Java and Rust SDKs do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids are hashed as UTF-8 bytes, as the Go, Java and Rust SDKs do; some JavaScript SDKs hash UTF-16 and bucket ids with non-ASCII characters differently. The salt is Unleash&apos;s groupId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout gem&apos;s CRC32 of the id, as Hanoi bucketed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: hashed as empty, as Unleash does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionPluginPage</name>
    <message>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin&apos;s configuration, a JSON object, e.g. {&quot;days&quot;: [&quot;sat&quot;, &quot;sun&quot;]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plugin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activation plugins are loaded. Pennon looks for them in its activations folder and in $PENNON_PLUGIN_PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration is a JSON object: {…}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the plugin&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plugin &quot;%1&quot; is not loaded: the condition cannot be evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept this configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept it: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionPrerequisitePage</name>
    <message>
        <source>Prerequisite flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variations it must serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the prerequisite flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the variations the prerequisite serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a variation of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None checked: holds when %1 is on, serving any variation but its off variation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds when %1 serves one of the checked variations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionRegexPage</name>
    <message>
        <source>Ignore &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. @example\.com$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RE2 syntax, as Unleash SDKs read it: holds when the value contains a match. No look-around, no back-references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value to test the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ry a value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern does not compile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionSchedulePage</name>
    <message>
        <source>No st&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No en&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds from any time until the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds from the start on, for ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds from the start, included, until the end, excluded; the times are wall-clock times in the time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionSegmentPage</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment&apos;s conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more condition(s)</source>
        <translation>
            <numerusform>… and %n more condition</numerusform>
            <numerusform>… and %n more conditions</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always (the segment has no conditions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ConditionUserListPage</name>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context attribute compared with the ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One id per line; pasted ids separated by commas, semicolons, tabs or spaces are split into lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the user ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln id(s)</source>
        <translation>
            <numerusform>%Ln id</numerusform>
            <numerusform>%Ln ids</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pennon::ConflictDialog</name>
    <message>
        <source>Someone Saved %1 First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved %2 after you started editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved %2 at %3, after you started editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted the flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their change and yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put Mine on Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes on top of theirs; then review and save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of you changed the same part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your changes to %1 (Edit ▸ Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine as a &amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version becomes a new flag next to theirs, to save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ConnectDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: PGPASSWORD or ~/.pgpass, else asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use PGPASSWORD or ~/.pgpass, as psql does; Pennon asks when the server wants a password. It is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ConnectionIndicator</name>
    <message>
        <source>Database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Unsaved changes are kept; saving works again once the connection is back.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 lost; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost; retrying in %n s</source>
        <translation>
            <numerusform>Connection to %1 lost; retrying in %n s</numerusform>
            <numerusform>Connection to %1 lost; retrying in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to %1 is back; the workspace was reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::EnvironmentEditor</name>
    <message>
        <source>O&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conditions: the rule serves everyone who reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On in this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules, in the order they are tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of the selected rule below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rule up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the rule up (Alt+Up): it is tried earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rule down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the rule down (Alt+Down): it is tried later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Beta testers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition: all of a rule&apos;s conditions must hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rule serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the flag serves when no rule matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Rule Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Rule Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off &amp;variation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ules (the first that matches serves):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When all of these hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise (no rule matches), serves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn %1 on in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn %1 off in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what %1 serves when off in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a rule of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename rule %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition to rule %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rule %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (what %2 serves otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no configuration in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;n in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (disabled: kept, but skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this condition from the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a condition from rule %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the rule again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the rule but skip it in evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule %1 to %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate rule %1 of %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule %1 of %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable rule %1 of %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable rule %1 of %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rule %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the flag a configuration here: off, serving its off variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Up in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::EnvironmentSelector</name>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment whose on/off state the list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (protected): changes ask for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the state of each flag in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Environments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, reorder, protect and remove environments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::EnvironmentsDialog</name>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;vironments, in the order shown everywhere:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of the selected environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the selected environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown in the toolbar and the flag editor; the key stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new name for the selected environment; its key stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected environment up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected environment down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protected environment asks for confirmation before a flag&apos;s change there is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected environment; refused while flags are on there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an environment with this key and name, last in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of the new environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. qa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. QA (the key when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: goes into the history with the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Environment Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Environment Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to save:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprotect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes in one go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprotect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: a workspace keeps at least one environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: the workspace cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed %1 since this dialog opened. Cancel and open it again to start from their change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to the environments?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ExportDialog</name>
    <message>
        <source>&amp;Skip flags the format cannot express exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this, an export that cannot carry every flag exactly writes nothing and lists the flags and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1 cannot express these flags exactly. Change them, or tick &quot;Skip&quot; to export the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1, without %n flag(s) the format cannot express:</source>
        <translation>
            <numerusform>Exported to %1, without %n flag the format cannot express:</numerusform>
            <numerusform>Exported to %1, without %n flags the format cannot express:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pennon::FlagDetailsView</name>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flag has no variations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When all of these hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag is off here and serves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone gets the off variation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When switched on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off variation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise serves %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a flag to see its variations and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::FlagFilterBar</name>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the flags with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the flags of this owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the flags on, or off, in the current environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only stale flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shows only the flags not changed for %n days that serve one variation to everyone in every environment (off, or every enabled rule and the default serving the same variation)</source>
        <translation>
            <numerusform>Shows only the flags not changed for %n day that serve one variation to everyone in every environment (off, or every enabled rule and the default serving the same variation)</numerusform>
            <numerusform>Shows only the flags not changed for %n days that serve one variation to everyone in every environment (off, or every enabled rule and the default serving the same variation)</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived flags too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the archived flags too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the archived flags too (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::FlagGeneralEditor</name>
    <message>
        <source>Flag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. checkout, web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. anna@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the owner of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::FlagListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured in %1, so off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unsaved changes (File ▸ Save writes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known when this flag was last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::FlagVariationsEditor</name>
    <message>
        <source>&amp;Add Variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean flag&apos;s value is true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON flag&apos;s value cannot be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag has a variation %1 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename variation %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the value of %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe variation %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add variation %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed while the flag uses it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove variation %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move variation %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be renamed while other flags&apos; prerequisites name it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed while other flags&apos; prerequisites name it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, rule %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::HistoryModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::HistoryPane</name>
    <message>
        <source>&amp;Revert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected change in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts back the state before the selected change, as a change of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 reverted: recorded as change %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 was not reverted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no database behind it, and so no history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading change %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 · %2 %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting change %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::HistoryWindow</name>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes from a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes before a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no database behind it, and so no history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n change(s) shown; more as you scroll</source>
        <translation>
            <numerusform>The newest %n change shown; more as you scroll</numerusform>
            <numerusform>The newest %n changes shown; more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pennon::ImpactLine</name>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change impact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: working out how many of %2 users would get another variation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the change impact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no change impact (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 users (%4 %) would get another variation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 users (%4 %) would get another variation of at least one of %n flag(s).</source>
        <translation>
            <numerusform>%1: %2 of %3 users (%4 %) would get another variation of the flag.</numerusform>
            <numerusform>%1: %2 of %3 users (%4 %) would get another variation of at least one of %n flags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n saved persona(s) changes.</source>
        <translation>
            <numerusform>The %n saved persona does not change.</numerusform>
            <numerusform>None of the %n saved personas changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved personas who change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ImpactWindow</name>
    <message>
        <source>(no variation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activation or segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as &amp;Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flag: saved vs as edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flag: one environment vs another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activation or segment: saved vs as edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation or segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags that use it, with the users who change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users Who Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users by variation before (rows) and after (columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users per change of variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample users who change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample user as a persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before (rows) → after (columns):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;mple users who change (double-click or Enter opens one as a persona):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared activation or segment was saved while the comparison ran, so its result would be stale: it was cancelled. Run again to compare the workspace as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Impact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many users would get another variation when a change is saved, or between two environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was edited again while the comparison ran, so its result would be stale: it was cancelled. Run again to compare it as edited now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was edited again while the comparison ran, so its result would be stale: it was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new comparison was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared as edited in the library editor (not saved yet) with its saved state, over every flag that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unsaved edit of it: use Impact… in its library editor to compare an edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag &apos;%1&apos; was edited while the comparison ran, so its result would be stale: it was cancelled. Run again to compare the flag as edited now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to compare and the users, then Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Counted %2 users before stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users compared in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag uses %1 in this environment: nobody changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 users (%3) would get another variation of at least one of %n flag(s).</source>
        <translation>
            <numerusform>%1 of %2 users (%3) would get another variation of the flag.</numerusform>
            <numerusform>%1 of %2 users (%3) would get another variation of at least one of %n flags.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 users (%3) would get another variation of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nobody changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: users per change of variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as PN&amp;G…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Numbers as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ImportDialog</name>
    <message>
        <source>&amp;Merge: add and update what the file has, keep the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace: the workspace becomes exactly the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pennon JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagd flag definitions (OpenFeature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unleash client API features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagd and Unleash files hold one environment: the one they are read into (type a new key to add one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported; the workspace is unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, nothing written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the workspace has no database to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 against the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::LibraryEditor</name>
    <message>
        <source>Add C&amp;ondition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment&apos;s conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the condition up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the condition up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the condition down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the condition down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cond&amp;itions (all must hold):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key stays: flags and segments refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the flags this changes, then save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove condition %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move condition %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you started; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your edit to save it over theirs (the review shows it again), or take theirs and drop your edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep My Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;pact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change impact of the edit on the flags that use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many users would get another variation of the flags that use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change its conditions to see the impact of the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::LibraryImpactDialog</name>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag uses it yet: saving it changes no flag&apos;s behaviour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its conditions stay as they are: no flag&apos;s behaviour changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enabled rule of any flag reaches it: no flag&apos;s behaviour changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The behaviour of %n flag(s) changes:</source>
        <translation>
            <numerusform>The behaviour of %n flag changes:</numerusform>
            <numerusform>The behaviour of %n flags changes:</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off here: it serves its off variation until switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — follows %2 by a prerequisite in %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and Save the Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and Save the Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What saving changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: goes into the history with the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving changes every flag that uses it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the flags&apos; behaviour in the protected environment(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change impact in protected environments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::LibraryListModel</name>
    <message numerus="yes">
        <source>used by %n flag(s)</source>
        <translation>
            <numerusform>used by %n flag</numerusform>
            <numerusform>used by %n flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n other segment(s) or activation(s)</source>
        <translation>
            <numerusform>%1, in %n other segment or activation</numerusform>
            <numerusform>%1, in %n other segments or activations</numerusform>
        </translation>
    </message>
    <message>
        <source>everyone (no conditions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::LibraryTab</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags and segments that use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the flag or segment that uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the flag in the main window, or the segment in its tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag %1: double-click or press Enter to show it in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the flag(s) %1</source>
        <translation>
            <numerusform>the flag %1</numerusform>
            <numerusform>the flags %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the segment(s) %1</source>
        <translation>
            <numerusform>the segment %1</numerusform>
            <numerusform>the segments %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the activation(s) %1</source>
        <translation>
            <numerusform>the activation %1</numerusform>
            <numerusform>the activations %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be deleted while it is used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it from their conditions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing uses it: no flag&apos;s behaviour changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::LibraryWindow</name>
    <message>
        <source>Activations and Segments – Pennon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations and segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations or segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;egments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named conditions that rules use from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of conditions that all must hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and discard the unsaved changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::MainActions</name>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Archived Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pennon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Pennon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search flags by key, name, tag or owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived flags in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licence and purpose of Pennon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt version Pennon runs on and its licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a Pennon JSON, flagd or Unleash file into the workspace database, with a preview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the workspace as Pennon JSON, flagd (OpenFeature), Unleash or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a flag: key, name and a type with its variations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the unsaved changes and write them to the workspace database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop every unsaved change (Edit ▸ Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected flag, its variations and environments, under a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected flag: hidden from the list, still evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected flag from the workspace database, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, default workspace and when a flag is stale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search key, name, tag or owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the flags whose key, name, tags or owner contain every word typed here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) · %1</source>
        <translation>
            <numerusform>%n flag · %1</numerusform>
            <numerusform>%n flags · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n flag(s) shown · %2</source>
        <translation>
            <numerusform>%1 of %n flag shown · %2</numerusform>
            <numerusform>%1 of %n flags shown · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read-only) – Pennon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 – Pennon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Workspace – Pennon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] – Pennon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved changes to %n flag(s)?</source>
        <translation>
            <numerusform>Discard the unsaved changes to %n flag?</numerusform>
            <numerusform>Discard the unsaved changes to %n flags?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard all changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the flag %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is off in every environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on in %1: applications asking for it there get their default value instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, description, tags, owner and variations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On or off, rules and what the flag serves in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag in words, every environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save while the connection to %1 is lost; the changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations and Se&amp;gments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared activations and segments, who uses them, and their editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recorded change of the workspace, with filters and Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag&apos;s recorded changes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is hidden by the list&apos;s filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What Does This Persona Get?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona window, on this flag: its variation and trace for the persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does this persona get?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One user&apos;s variation of every flag, with the trace of how it was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Does This Persona Get?</source>
        <comment>a button beside the flag&apos;s tabs; keep it short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does this persona get? The persona window, on this flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::MatrixDetailModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::MatrixWindow</name>
    <message>
        <source>&amp;Add Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate as &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as &amp;Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation — Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of combinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate as of a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment to evaluate at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags whose key contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variations per flag and environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail of the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combinations of the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the combination as a persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the selected combination in the persona window, on this flag (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the counts as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values: a comma-separated list (de, fr, us) or whole-number ranges (18..80, 18..80 step 10); a backslash takes the next character as it is (a\,b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matri&amp;x…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several values per attribute: how many of all their combinations get each variation, per flag and environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de, fr, us  or  18..80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute &apos;%1&apos; is there twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 combinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combinations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the attributes marked above to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one environment to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no flag to evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag&apos;s key contains &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating %1 combinations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Evaluated %2 of %3 combinations before stopping; nothing is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to list its combinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each attribute its values, then Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 combinations × %2 flags × %3 environments in %4 s. Cells marked ≠ differ between environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3 (differs between the environments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating %1 in %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %3 — %n combination(s).</source>
        <translation>
            <numerusform>%1 in %2: %3 — %n combination.</numerusform>
            <numerusform>%1 in %2: %3 — %n combinations.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace was edited while the matrix ran, so its result would be stale: it was cancelled. Run again to evaluate the workspace as edited now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was edited since this result was computed: it may be stale. Run again to evaluate the workspace as edited now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Matrix as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::NewFlagDialog</name>
    <message>
        <source>New Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. new-checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. New checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flag needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flag with the key %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Flag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::PasswordPrompt</name>
    <message>
        <source>PostgreSQL Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for the password of user %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your login name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this connection only; Pennon never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::PersonaEditor</name>
    <message>
        <source>&amp;Add Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate &amp;as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. user-4471</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate as of a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context&apos;s currentTime; without it, flags are evaluated as of now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice: the last one counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::PersonaResultModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environments do not all serve the same here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation: %1
Value: %2
Reason: %3
Matched rule: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs between environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::PersonaWindow</name>
    <message>
        <source>Copy as &amp;Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Command for A&amp;ll Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the persona gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace of the selected flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the pennonctl eval line that gives the selected flag&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy command for all flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) evaluated in %1 ms</source>
        <translation>
            <numerusform>%n flag evaluated in %1 ms</numerusform>
            <numerusform>%n flags evaluated in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a flag to see how its answer was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace of %1 in %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a flag first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no database: the command evaluates pennonctl&apos;s default workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes are not in the database: the command evaluates the flags as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without &quot;Evaluate as of&quot;, the command evaluates as of the moment it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ProblemsDialog</name>
    <message>
        <source>Workspace Not Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
… and %n more problem(s)</source>
        <translation>
            <numerusform>%1
… and %n more problem</numerusform>
            <numerusform>%1
… and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace %1 could not be read. Pennon shows the demo workspace instead, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::PromoteDialog</name>
    <message>
        <source>&amp;Every flag that differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the flag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every flag that differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags to promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes in the selected flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select no flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Promote %n flag(s) from %1 to %2</source>
        <translation>
            <numerusform>Promote %n flag from %1 to %2</numerusform>
            <numerusform>Promote %n flags from %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose two different environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected: saving these changes asks you to confirm them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no configuration in %2: there is nothing to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the same in %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) differ between %1 and %2.</source>
        <translation>
            <numerusform>%n flag differs between %1 and %2.</numerusform>
            <numerusform>%n flags differ between %1 and %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) are the same in both.</source>
        <translation>
            <numerusform>%n flag is the same in both.</numerusform>
            <numerusform>%n flags are the same in both.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) have no configuration in %1 and are left out.</source>
        <translation>
            <numerusform>%n flag has no configuration in %1 and is left out.</numerusform>
            <numerusform>%n flags have no configuration in %1 and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n flag(s) chosen</source>
        <translation>
            <numerusform>%1 of %n flag chosen</numerusform>
            <numerusform>%1 of %n flags chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag is chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::PromotionModel</name>
    <message>
        <source>%1: not configured yet (off, as a new flag starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::RevertDialog</name>
    <message>
        <source>Revert Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert change %1 (%2 %3: %4)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What reverting changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting records a change of its own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. The revert replaces the stored flag; your changes stay unsaved, and saving them then reports a conflict, as after a colleague&apos;s change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert of change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ReviewDialog</name>
    <message>
        <source>Review and Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: goes into the history with the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) with unsaved changes:</source>
        <translation>
            <numerusform>%n flag with unsaved changes:</numerusform>
            <numerusform>%n flags with unsaved changes:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the protected environment(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change impact in protected environments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::RuleListModel</name>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept but skipped: no context is served by this rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::SavedPersonas</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the changes of the chosen persona in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import personas from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One persona per row of a CSV file or line of a JSONL file of contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ved persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Persona Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona “%1” has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved while a row is wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: the connection to the database is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: the workspace cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona “%1” changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Persona As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New persona “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona “%1” renamed to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the persona “%1” from the workspace? The history keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona “%1” deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts (*.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n persona(s) from %1 into the workspace: %2%3?</source>
        <translation>
            <numerusform>Import %n persona from %1 into the workspace: %2%3?</numerusform>
            <numerusform>Import %n personas from %1 into the workspace: %2%3?</numerusform>
        </translation>
    </message>
    <message>
        <source>, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s) imported from %1</source>
        <translation>
            <numerusform>%n persona imported from %1</numerusform>
            <numerusform>%n personas imported from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 personas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else changed the persona meanwhile (%1). Choose it again to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::ServeEditor</name>
    <message>
        <source>&amp;Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit Evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stic&amp;ky by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When n&amp;one is present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;lt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bucketing scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the weights add up to: 100 for percentages, 1000 for Unleash variants, up to 2147483647 for flagd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every variation of the flag the same weight (the remainder to the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. userId, sessionId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attributes whose value decides the bucket, separated by commas: the first one the context has is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When no stickiness attribute is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule&apos;s split does not match and evaluation goes on with the next rule; a default split serves the off variation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buckets the context as if the attribute were empty, so all such contexts share one bucket (flagd&apos;s fractional with a bucketing expression).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop with the off variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation stops and serves the off variation, reason DEFAULT (flagd&apos;s fractional without a bucketing expression).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh random bucket at every evaluation: not sticky (Unleash&apos;s random stickiness).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flag key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashed with each value, so that this split buckets users independently of other flags. Unleash calls it the groupId. Empty: the flag key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucketing scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a value is mapped to a bucket. Values are hashed as UTF-8, as the Go, Java and Rust SDKs do; some JavaScript SDKs hash UTF-16 and so bucket non-ASCII ids differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagd (fractional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagd&apos;s fractional: MurmurHash3 of the salt and the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unleash (variants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unleash&apos;s variant hashing: MurmurHash3 of the groupId, a colon and the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout gem (percentages only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout gem&apos;s CRC32: for percentage gates only, it cannot split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as imported from another system, so that the flag answers as it did there. Choose a variation or a split to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A split (percentage rollout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every context that reaches here gets the same variation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts are spread over the variations by weight, each one sticking to its bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept from the import; choose a variation or a split to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a variation of the flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag has no variation %1, or the split lists it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept from the import: this bucket gives %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <comment>suffix of a weight in percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remainder: %1 of %2 unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sums to %1 ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the variation served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the split&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the split&apos;s stickiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what the split does without its attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the split&apos;s salt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the split&apos;s bucketing scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the split</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pennon shows the new language when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite file, sqlite:PATH or postgresql://[user@]host[:port]/dbname; empty: the built-in workspace. A password is never stored: PGPASSWORD and ~/.pgpass supply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened when Pennon next starts, unless $PENNON_DB names another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$PENNON_DB is set (%1): it is opened instead while it is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until a flag is stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flag is stale when it has not changed for this many days and serves one variation to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stale after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite workspaces (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::SimulationWindow</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Numbers as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation — Many Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed and configured shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts and shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodness of fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared activation or segment changed while the simulation ran, so its result would be stale: it was cancelled. Run again to simulate the workspace as edited now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Many Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One flag evaluated for many synthetic or real users: the observed split beside the configured one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no flag &apos;%1&apos; in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag &apos;%1&apos; was edited while the simulation ran, so its result would be stale: it was cancelled. Run again to simulate the flag as edited now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a flag and the users, then Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Counted %2 users before stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users through %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no variation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: share of %2 users per variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deciding split has fewer than two variations with a weight: nothing to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single split decides this flag&apos;s variations, so there is no configured share to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Goodness of fit of the deciding split: χ² = %1 with %n degree(s) of freedom, p = %2.</source>
        <translation>
            <numerusform>Goodness of fit of the deciding split: χ² = %1 with %n degree of freedom, p = %2.</numerusform>
            <numerusform>Goodness of fit of the deciding split: χ² = %1 with %n degrees of freedom, p = %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as Co&amp;mmand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users per rule and variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users per rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the pennonctl simulate line that runs the simulation the form describes, by rule. It reads the database: unsaved changes are not in it (export the workspace and use --from FILE to simulate them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variati&amp;ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By Ru&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1, id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: users per rule and variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no database: the command simulates pennonctl&apos;s default workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes are not in the database: the command simulates the flags as saved (save first, or export the workspace and run it with --from FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::SplitBar</name>
    <message>
        <source>Shares of the split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 0.1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a share in percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a bucket, its share</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::TraceTreeModel</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared / detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::UsersForm</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynthetic users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users from a C&amp;SV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {n} becomes the user&apos;s number, from 0 to N − 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file whose header row names the attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id &amp;attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file of users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id pattern must contain {n}, e.g. user-{n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the attribute that receives the id, e.g. userId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users from a CSV File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a line for an attribute every synthetic user gets, NAME=GENERATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One attribute per line: country=de (a fixed value), country=choice(de:3,fr:1) (weighted), age=range(18,80), appVersion=version(4.0.0,5.2.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first synthetic user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=GENERATOR, e.g. country=choice(de:3,fr:1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>the first synthetic user: its id, then its generated attributes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::WorkspaceOpener</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file, or create a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from Open Recent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pennon workspaces (*.sqlite *.db *.pennon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) have unsaved changes. Opening %1 discards them.</source>
        <translation>
            <numerusform>%n flag has unsaved changes. Opening %1 discards it.</numerusform>
            <numerusform>%n flags have unsaved changes. Opening %1 discards them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard and Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard and Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: the unsaved changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous workspace cannot be opened again either: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace in a PostgreSQL database: host, port, database, user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and save the changes, then open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: the changes were not all saved, and are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pennon::WorkspaceSession</name>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made elsewhere will not appear by themselves: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace %2 has no database behind it (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be reloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no flag %1 to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply my changes to %1 on theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my changes to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is lost; Pennon is reconnecting. Unsaved changes are kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection to %2 is lost. Pennon is reconnecting; your changes are kept and can be saved once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 was not reverted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PennonCtl</name>
    <message>
        <source>pennonctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;pennonctl --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --db needs a database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a Pennon JSON workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pennon JSON file, or - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate takes exactly one FILE (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n environment</numerusform>
            <numerusform>%n environments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flag</numerusform>
            <numerusform>%n flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activation(s)</source>
        <translation>
            <numerusform>%n activation</numerusform>
            <numerusform>%n activations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid Pennon workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a Pennon JSON workspace; one line per problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluate flags for contexts (JSON Lines out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one flag over many users: observed vs configured split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pennonctl [--db URL] COMMAND ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pennon&apos;s headless tool: validate, evaluate, import and export feature flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;pennonctl COMMAND --help&apos; describes a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace database (sqlite:PATH or postgresql://...); default $PENNON_DB, else the per-user workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 runtime failure, 2 bad input, 3 conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or migrate the database&apos;s schema (idempotent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate a workspace file, then write it in one transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flags: key, type, on/off per environment, name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pennon JSON of one flag, all environments, with &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or update one flag; a &quot;version&quot; field makes it conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit history, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo one change (recorded as a change of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the workspace as Pennon JSON, flagd, Unleash or CSV (deterministic bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: warning: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one flag, the same users, two configurations: who changes variation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PennonJson</name>
    <message>
        <source>unknown absence policy &quot;%1&quot; (expected skip, empty, stop or random)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown bucketing scheme &quot;%1&quot; (expected flagd, unleash or rollout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition needs a &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown condition type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown flag type &quot;%1&quot; (expected boolean, string, number or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Pennon workspace: &quot;format&quot; must be &quot;pennon&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is newer than this Pennon reads (%2); update Pennon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format version %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a serve needs exactly one of &quot;variation&quot;, &quot;split&quot;, &quot;noValue&quot; and &quot;error&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;source&quot; belongs to an &quot;error&quot; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error &quot;%1&quot; (GENERAL or PARSE_ERROR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown attribute type &quot;%1&quot; (expected string, number, boolean, version or date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no moment such as 2026-12-31T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Persona</name>
    <message>
        <source>%1: %2 (left out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonaAttribute</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version such as 1.2.3 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date such as 2026-12-31 or 2026-12-31T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonaEvaluator</name>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonaImport</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a context must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, number, boolean or list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginChecks</name>
    <message>
        <source>the plugin %1 rejects its configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginRegistry</name>
    <message>
        <source>%1: not a Pennon activation plugin (its interface is &quot;%2&quot;, expected &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the activation plugin could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plugin does not implement Pennon&apos;s activation interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the activation plugin has an empty type name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: activation type &quot;%2&quot; is already provided by %3; this copy is ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectedConfirmation</name>
    <message>
        <source>Tick the confirmation for the protected environments first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentWorkspaces</name>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Simulate one flag over many users and compare the observed split with the configured one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag to simulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--flag KEY is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: no flag &apos;%1&apos; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also break the counts down by the rule that decided (or the default serve, or off).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>no engine to simulate with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no flag with index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of users must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no flag with index %1 to compare with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlConnection</name>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlRepository</name>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another session changed the workspace at the same time; reload and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the change counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no flag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; already exists (version %3, last changed by %4 at %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was deleted by %3 at %4; your edit started from version %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was changed by %3 at %4: it is at version %5, your edit started from version %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 cannot be reverted: its recorded state does not read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert of change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the imported workspace is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace after the import would not be valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read when flags were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object written is not the one named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written twice in one save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new order must name every environment once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environments were not reordered: the new order must name every environment once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace would not be valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reorder the environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 cannot be reverted: %2 &quot;%3&quot; was created again since, by %4 at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 cannot be reverted: %2 &quot;%3&quot; was deleted since, by %4 at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 cannot be reverted: %2 &quot;%3&quot; was changed since, by %4 at %5 (it is at version %6; the change left it at version %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlRows</name>
    <message>
        <source>the stored %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variation value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributes of the persona &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moment of the persona &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlSchema</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has schema version %1, newer than this Pennon understands (%2); update Pennon to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate the workspace schema (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema_version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnleashExport</name>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serves the off variation before rule %1, which serves something else (an Unleash strategy that matches enables the feature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serves the off variation before the default serve, which serves something else (an Unleash strategy that matches enables the feature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown strategy with a user list, percentage or IP test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled without a variant while other strategies serve the feature&apos;s variants, which Unleash would give this one too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on &quot;%1&quot;, which is not configured in this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on &quot;%1&quot;, which has prerequisites itself (Unleash SDKs do not follow dependencies transitively)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a prerequisite on &quot;%1&quot; that its off variation satisfies cannot be expressed as an Unleash dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a variant named &quot;disabled&quot;, the name Unleash gives no variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prerequisite tells apart boolean variations of &quot;%1&quot;, which Unleash answers alike (&quot;disabled&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library references nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pattern that is empty or has leading or trailing white space cannot be expressed (the import trims it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown library activation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 condition cannot be an Unleash constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1 with caseInsensitive: Unleash SDKs compare IN and NOT_IN exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unleash SDKs do not know operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>operator %1 with %n value(s): Unleash compares with exactly one</source>
        <translation>
            <numerusform>operator %1 with %n value: Unleash compares with exactly one</numerusform>
            <numerusform>operator %1 with %n values: Unleash compares with exactly one</numerusform>
        </translation>
    </message>
    <message>
        <source>operator %1 on &quot;%2&quot;: Unleash SDKs compare dates with currentTime only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1: &quot;%2&quot; does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage with bucketing scheme %1 (Unleash buckets with its own scheme only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage with this stickiness cannot be expressed in Unleash (it has default = userId, sessionId at random, random, or one attribute, skipped when absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule with a percentage and another user list, percentage or IP test cannot be one Unleash strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a prerequisite other than a leading rule serving the off variation cannot be expressed as an Unleash dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedules cannot be expressed in Unleash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plugin &quot;%1&quot; cannot be expressed in Unleash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a split over variation &quot;%1&quot;, which Unleash would answer as an enabled variant and Pennon&apos;s Unleash dialect does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a split with bucketing scheme %1 (Unleash buckets with its own scheme only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a split with this stickiness cannot be expressed in Unleash (variants stick to default = userId, sessionId, remoteAddress, or one attribute, at random when absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split weights sum to %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the percentage&apos;s salt &quot;%1&quot; and the split&apos;s &quot;%2&quot; differ: an Unleash strategy has one groupId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment &quot;%1&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured in environment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on &quot;%1&quot;, which is not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serves no value or an error, which Unleash cannot express</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnleashImport</name>
    <message>
        <source>unsupported version %1 (expected 1 or 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contextName is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of only white space cannot be expressed: Unleash SDKs match it as an empty string, Pennon ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate segment id %1 (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant &quot;%1&quot; has another payload at %2; Pennon keeps one payload per variant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload type is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate variant &quot;%1&quot; (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights sum to more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a value with leading or trailing white space cannot be expressed: Pennon trims it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy variants without a groupId cannot be expressed: Unleash SDKs disagree on what they hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy applicationHostname depends on the host name of the machine that evaluates, which Pennon cannot see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate strategy id &quot;%1&quot; (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a segment id (an integer), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate feature &quot;%1&quot; (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;: the constraint never holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the operator is false, so the inverted constraint always holds, as in Unleash SDKs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the constraint never holds, as in Unleash SDKs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown segment %1: the strategy never holds, as in Unleash SDKs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;disabled&quot; is ignored: Unleash SDKs evaluate the strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown feature &quot;%1&quot;: the dependency is never satisfied, as in Unleash SDKs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a percentage from 0 to 100: Unleash SDKs read it as %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a missing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserOptions</name>
    <message>
        <source>Number of synthetic users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic ids; {n} runs from 0 to N-1 (default user-{n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute that receives the id (default userId).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant attributes for every user, as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute generated per user (repeatable): NAME=VALUE, NAME=choice(A:3,B:1), NAME=range(LOW,HIGH) or NAME=version(LOW,HIGH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real contexts from a CSV file whose header row names the attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --users N and --csv FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--users must be a whole number from 1 to 10^12, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads must be a whole number from 1 to 1024, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id-pattern must contain {n}, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id-attribute must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>attribute name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stickiness names no attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentage %1 is not within 0..100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or CIDR range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plugin name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a library activation cannot refer to another (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown activation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1 takes no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1 needs at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a semantic version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a schedule needs a start or an end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end %1 is not after start %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; cannot be its own prerequisite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; has no variation &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown variation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a split needs at least one weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variation &quot;%1&quot; appears twice in the split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1 is not within 1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights sum to more than %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights sum to %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme %1 has no splits, only percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate rule id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flag needs at least one variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate variation key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variation &quot;%1&quot; has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 is not of the flag&apos;s type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown environment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prerequisite cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate environment key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate activation key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate segment key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate flag key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key contains the control character U+%1 at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key is %1 characters long, more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; does not compile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; is not one Unleash SDKs know: the constraint is false, negated or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the operator is false, so the negated constraint always holds, as in Unleash SDKs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the constraint never holds, as in Unleash SDKs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 is not in the workspace: the condition never holds, as in Unleash SDKs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a split cannot also serve no value or an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serves no value: applications get their own default value, reason DEFAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serves an error (%1): the off variation, reason ERROR; the source had %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate persona key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a persona needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a field of its own; it is no attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate attribute &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekdayPlugin</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 between %2 and %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the days of the week on which the condition holds, e.g. [&quot;sat&quot;, &quot;sun&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of days of the week, e.g. [&quot;sat&quot;, &quot;sun&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: name at least one day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an IANA time-zone id such as &quot;Europe/Berlin&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time-zone id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object such as {&quot;from&quot;: &quot;09:00&quot;, &quot;to&quot;: &quot;17:00&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: a time of day such as &quot;09:00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time of day in the form HH:MM, such as &quot;09:00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be later than &quot;from&quot; (a window across midnight takes two rules)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceExport</name>
    <message>
        <source>Pennon JSON (complete, lossless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagd flag definitions (OpenFeature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unleash client API features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV summary for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no environment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds one environment: name one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSource</name>
    <message>
        <source>Read the workspace from FILE (- for standard input) instead of a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format of --from: native (default), unleash or flagd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment to evaluate in (may be left out when the workspace has one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected native, unleash or flagd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has several environments; choose one with --env (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown environment &apos;%1&apos; (the workspace has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pennonctl: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: the stored version is newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(last changed by %1 at %2, now version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
