// Copied by opforge from src/runtime/mock/control/inspector-script.ts. DO NOT EDIT.
/**
 * The inspector page's script, as text (it runs in the browser, not in
 * Node). It polls the control API and builds every element with
 * `textContent`, never with HTML strings: journal bodies are whatever
 * clients sent (`</script>`, markup), and must show as text.
 */
/** The script of the inspector page. */
export declare const INSPECTOR_SCRIPT: string;
