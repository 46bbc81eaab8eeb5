import { VERSION } from '../version.js';

// Snippets that put mlroad's line into a shell prompt. The prompt file is read with shell
// built-ins alone; only when its time limit has passed, or a file it depends on is newer,
// does the snippet run `mlroad status --prompt` (which also rewrites the file).

export const PROMPT_SHELLS = ['bash', 'zsh', 'fish', 'starship'] as const;
export type PromptShell = (typeof PROMPT_SHELLS)[number];

/** `dir` is the config directory when the snippet was made; MLROAD_CONFIG_DIR wins at run time. */
export function promptSnippet(shell: PromptShell, dir: string): string {
  const q = shellQuote(dir);
  switch (shell) {
    case 'bash':
      return `# mlroad prompt for bash. Add to ~/.bashrc:  eval "$(mlroad prompt init bash)"
# Then show it anywhere in PS1 with \\$MLROAD_PROMPT, e.g.  PS1='[\\$MLROAD_PROMPT] '"\\$PS1"
${promptFunction(q, 'bash')}
case ";\${PROMPT_COMMAND[*]:-};" in *";__mlroad_prompt;"*) ;; *) PROMPT_COMMAND="__mlroad_prompt\${PROMPT_COMMAND:+;$PROMPT_COMMAND}" ;; esac
`;
    case 'zsh':
      return `# mlroad prompt for zsh. Add to ~/.zshrc:  eval "$(mlroad prompt init zsh)"
# Then show it in your prompt with \\$MLROAD_PROMPT, e.g.  setopt prompt_subst; PROMPT='[\\$MLROAD_PROMPT] '$PROMPT
# (its % signs come doubled, so the prompt shows them as they are).
zmodload zsh/datetime 2>/dev/null
${promptFunction(q, 'zsh')}
autoload -Uz add-zsh-hook
add-zsh-hook precmd __mlroad_prompt
`;
    case 'fish':
      return fishSnippet(q);
    case 'starship':
      return `# mlroad module for starship. Add to ~/.config/starship.toml, then put \${custom.mlroad} in your format.
# status --prompt reads a precomputed line and starts about as fast as Node itself.
[custom.mlroad]
command = "mlroad status --prompt"
when = true
shell = ["sh"]
format = "[$output]($style) "
style = "bold cyan"
`;
  }
}

const KEYS = ['mlroad', 'at', 'until', 'percent', 'done', 'total', 'due', 'stage', 'topic', 'roadmap', 'line', 'file'];
const NUMBERS = ['at', 'until', 'percent', 'done', 'total', 'due'];
const IDS = ['stage', 'topic', 'roadmap'];
const PLACEHOLDERS = ['percent', 'done', 'total', 'stage', 'topic', 'due', 'roadmap'];

/**
 * The prompt function, in the syntax bash and zsh share; it sets $MLROAD_PROMPT. Values from
 * the file are only ever referred to through variables: the first occurrence of a key wins,
 * numbers are compared only after they are checked to be digits, and nothing is evaluated.
 */
function promptFunction(q: string, shell: 'bash' | 'zsh'): string {
  // zsh under prompt_subst reads `%` in the value as a prompt escape: double it.
  const show = shell === 'zsh' ? 'MLROAD_PROMPT=${line//\\%/%%}' : 'MLROAD_PROMPT=$line';
  // The file's lines come in a fixed order, each read once: the first occurrence of a key is
  // the only one ever read, and a line without its expected key makes the whole file stale.
  return `__mlroad_prompt() {
  local d=\${MLROAD_CONFIG_DIR:-${q}}
  local f="$d/prompt.txt" stale= now=\${EPOCHSECONDS:-} ${KEYS.join(' ')}
  if [[ -f $f && -r $f ]]; then
    { ${KEYS.map((k) => `IFS= read -r ${k}`).join('; ')}; } < "$f"
  fi
  ${KEYS.map((k) => `[[ $${k} == '${k}='* ]] && ${k}=\${${k}#${k}=} || stale=1`).join('\n  ')}
  [[ -z $now ]] && printf -v now '%(%s)T' -1 2>/dev/null
  [[ $now == [0-9]* && $now != *[!0-9]* ]] || now=0
  # Numbers are compared only once known to be digits without a leading zero; ids are kebab-case.
  local nums=" ${NUMBERS.map((k) => `$${k}`).join(' ')} " ids="${IDS.map((k) => `$${k}`).join('')}"
  [[ $nums == *[!0-9\\ ]* || $nums == *'  '* || $nums == *' 0'[0-9]* || $ids == *[!a-z0-9-]* ]] && stale=1
  [[ $mlroad == ${shellQuote(VERSION)} && -n $line ]] || stale=1
  if [[ -z $stale ]]; then
    (( now < at || ( until > 0 && now >= until ) )) && stale=1
    [[ $d/progress.json -nt $f ]] && stale=1
    if [[ -n $file ]]; then
      file=\${file//\\%/\\\\x}; printf -v file '%b' "$file"
      [[ $file -nt $f ]] && stale=1
    fi
  fi
  if [[ -n $stale ]]; then
    line=$(command mlroad status --prompt 2>/dev/null) || line='mlroad ⚠'
  elif [[ -n $MLROAD_PROMPT_FORMAT ]]; then
    line=$MLROAD_PROMPT_FORMAT
    ${PLACEHOLDERS.map((k) => `line=\${line//'{${k}}'/"$${k}"}`).join('; ')}
  fi
  line=\${line//[[:cntrl:]]/}
  ${show}
}`;
}

function fishSnippet(q: string): string {
  return `# mlroad prompt for fish (3.5+). Add to ~/.config/fish/config.fish:  mlroad prompt init fish | source
# Then call __mlroad_prompt_line inside fish_prompt or fish_right_prompt.
function __mlroad_prompt_line
    set -l dir ${q}
    set -q MLROAD_CONFIG_DIR; and set dir $MLROAD_CONFIG_DIR
    set -l f $dir/prompt.txt
    set -l seen; set -l stale 0
    ${KEYS.map((k) => `set -l ${k} ''`).join('; ')}
    if test -f $f -a -r $f
        while read -l kv
            set -l p (string split -m 1 = -- $kv)
            contains -- $p[1] $seen; and continue
            set -a seen $p[1]
            switch $p[1]
${KEYS.map((k) => `                case ${k}; set ${k} "$p[2]"`).join('\n')}
            end
        end < $f
    end
    for n in ${NUMBERS.map((k) => `"$${k}"`).join(' ')}
        string match -qr '^(0|[1-9][0-9]{0,14})$' -- $n; or set stale 1
    end
    for id in ${IDS.map((k) => `"$${k}"`).join(' ')}
        string match -qr '^[a-z0-9-]*$' -- $id; or set stale 1
    end
    test "$mlroad" = ${shellQuote(VERSION)} -a -n "$line"; or set stale 1
    if test $stale -eq 0
        set -l now (date +%s)
        if test $now -lt $at; or begin; test $until -gt 0; and test $now -ge $until; end
            set stale 1
        end
        for dep in $dir/progress.json (string unescape --style=url -- "$file")
            set -l m (path mtime -- $dep $f 2>/dev/null)
            if test (count $m) -eq 2; and test $m[1] -gt $m[2]; set stale 1; end
        end
    end
    if test $stale -eq 1
        set line (command mlroad status --prompt 2>/dev/null); or set line 'mlroad ⚠'
    else if set -q MLROAD_PROMPT_FORMAT
        set line $MLROAD_PROMPT_FORMAT
${PLACEHOLDERS.map((k) => `        set line (string replace -a -- '{${k}}' "$${k}" "$line")`).join('\n')}
    end
    printf '%s\\n' (string replace -ra -- '[[:cntrl:]]' '' "$line")
end
`;
}

/** Single-quoted for POSIX shells and fish alike. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
