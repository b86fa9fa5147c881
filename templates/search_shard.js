{#- One shard of the search index (dossier/search.py): a script, made safe for any script context there. -#}
{{ script }}