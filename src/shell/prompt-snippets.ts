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
${promptFunction(q)}
case ";\${PROMPT_COMMAND[*]:-};" in *";__mlroad_prompt;"*) ;; *) PROMPT_COMMAND="__mlroad_prompt\${PROMPT_COMMAND:+;$PROMPT_COMMAND}" ;; esac
`;
    case 'zsh':
      return `# mlroad prompt for zsh. Add to ~/.zshrc:  eval "$(mlroad prompt init zsh)"
# Then show it in your prompt with \\$MLROAD_PROMPT, e.g.  setopt prompt_subst; PROMPT='[\\$MLROAD_PROMPT] '$PROMPT
zmodload zsh/datetime 2>/dev/null
${promptFunction(q)}
autoload -Uz add-zsh-hook
add-zsh-hook precmd __mlroad_prompt
`;
    case 'fish':
      return `# mlroad prompt for fish (3.5+). Add to ~/.config/fish/config.fish:  mlroad prompt init fish | source
# Then call __mlroad_prompt_line inside fish_prompt or fish_right_prompt.
function __mlroad_prompt_line
    set -l dir ${q}
    set -q MLROAD_CONFIG_DIR; and set dir $MLROAD_CONFIG_DIR
    set -l f $dir/prompt.txt
    set -l until 0; set -l line ''; set -l progress ''; set -l roadmap ''
    set -l percent ''; set -l done ''; set -l total ''; set -l stage ''; set -l topic ''; set -l due ''
    if test -r $f
        while read -l kv
            set -l p (string split -m 1 = -- $kv)
            switch $p[1]
                case until; set until $p[2]
                case line; set line $p[2]
                case progress; set progress $p[2]
                case roadmap; set roadmap $p[2]
                case percent; set percent $p[2]
                case done; set done $p[2]
                case total; set total $p[2]
                case stage; set stage $p[2]
                case topic; set topic $p[2]
                case due; set due $p[2]
            end
        end < $f
    end
    set -l stale (test -z "$line"; and echo 1; or echo 0)
    if test "$until" -gt 0; and test (date +%s) -ge $until; set stale 1; end
    for dep in $progress $roadmap
        set -l m (path mtime -- $dep $f 2>/dev/null)
        if test (count $m) -eq 2; and test $m[1] -gt $m[2]; set stale 1; end
    end
    if test $stale -eq 1
        command mlroad status --prompt 2>/dev/null; or echo 'mlroad ⚠'
        return
    end
    if set -q MLROAD_PROMPT_FORMAT
        set line $MLROAD_PROMPT_FORMAT
        for pair in percent:$percent done:$done total:$total stage:$stage topic:$topic due:$due
            set -l kv (string split -m 1 : -- $pair)
            set line (string replace -a "{$kv[1]}" "$kv[2]" -- $line)
        end
    end
    echo $line
end
`;
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

/** The prompt function, in the syntax bash and zsh share; it sets $MLROAD_PROMPT. */
function promptFunction(q: string): string {
  return `__mlroad_prompt() {
  local d=\${MLROAD_CONFIG_DIR:-${q}}
  local f="$d/prompt.txt" k v until=0 line= progress= roadmap=
  local percent= done= total= stage= topic= due=
  if [[ -r $f ]]; then
    while IFS='=' read -r k v; do
      case $k in
        until) until=$v ;; line) line=$v ;; progress) progress=$v ;; roadmap) roadmap=$v ;;
        percent) percent=$v ;; done) done=$v ;; total) total=$v ;; stage) stage=$v ;; topic) topic=$v ;; due) due=$v ;;
      esac
    done < "$f"
  fi
  local now=\${EPOCHSECONDS:-0}
  if [[ -z $line || ( $until -gt 0 && $now -ge $until ) || ( -n $progress && $progress -nt $f ) || ( -n $roadmap && $roadmap -nt $f ) ]]; then
    MLROAD_PROMPT=$(command mlroad status --prompt 2>/dev/null) || MLROAD_PROMPT='mlroad ⚠'
    return
  fi
  if [[ -n $MLROAD_PROMPT_FORMAT ]]; then
    line=$MLROAD_PROMPT_FORMAT
    line=\${line//\\{percent\\}/$percent}; line=\${line//\\{done\\}/$done}; line=\${line//\\{total\\}/$total}
    line=\${line//\\{stage\\}/$stage}; line=\${line//\\{topic\\}/$topic}; line=\${line//\\{due\\}/$due}
  fi
  MLROAD_PROMPT=$line
}`;
}

/** Single-quoted for POSIX shells and fish alike. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
