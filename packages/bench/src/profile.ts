/**
 * One workload, for a profiler: `node --cpu-prof .bench/build/profile.cjs build 10000`.
 * Workloads: parse, build, render (three renders of one built plan), incremental, workspace, memory (retained bytes per goal), heap (writes a heap snapshot holding one built plan);
 * the size is in goals (for workspace: files of 10 goals).
 */
import { writeHeapSnapshot } from 'node:v8';
import { DocumentState, URI } from 'langium';
import { createServices, measureIncremental, measureMemory, measureRender, measureWorkspace, singlePlan } from './in-process.js';
import { loadRenderer } from './renderer.js';

async function main(): Promise<void> {
    const [workload = 'build', sizeText = '10000', repeatText = '3'] = process.argv.slice(2);
    const size = Number(sizeText);
    const repeat = Number(repeatText);
    const services = createServices();
    const text = singlePlan(size);
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    // Where a build's time goes, phase by phase.
    let mark = 0;
    const phases: string[] = [];
    for (const state of [DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated]) {
        DocumentBuilder.onBuildPhase(state, () => {
            const now = performance.now();
            phases.push(`${DocumentState[state]} ${(now - mark).toFixed(0)}`);
            mark = now;
        });
    }
    for (let i = 0; i < repeat; i++) {
        const start = performance.now();
        const cpu = process.cpuUsage();
        if (workload === 'parse') services.Pop.parser.LangiumParser.parse(text);
        else if (workload === 'build') {
            const uri = URI.parse(`file:///profile/${i}.pop`);
            const document = LangiumDocumentFactory.fromString(text, uri);
            mark = performance.now();
            phases.length = 0;
            phases.push(`Parsed ${(mark - start).toFixed(0)}`);
            LangiumDocuments.addDocument(document);
            await DocumentBuilder.build([document], { validation: true });
            await DocumentBuilder.update([], [uri]);
        } else if (workload === 'incremental') await measureIncremental(services, size, { iterations: 5, warmup: 0 });
        else if (workload === 'render') {
            const render = await loadRenderer(process.cwd());
            if (!render) throw new Error('no renderer (run from the project folder)');
            await measureRender(services, render, size, { iterations: 3, warmup: 0 });
        } else if (workload === 'memory') {
            process.stderr.write(`memory ${size}: ${(await measureMemory(size)).bytesPerGoal.toFixed(0)} bytes per goal\n`);
            continue;
        } else if (workload === 'heap') {
            const document = LangiumDocumentFactory.fromString(text, URI.parse(`file:///profile/heap-${i}.pop`));
            LangiumDocuments.addDocument(document);
            await DocumentBuilder.build([document], { validation: true });
            process.stderr.write(`heap snapshot: ${writeHeapSnapshot()}\n`);
            break;
        } else if (workload === 'workspace') await measureWorkspace(services, size, 10, { iterations: 1, warmup: 0 });
        else throw new Error(`unknown workload ${workload}`);
        const used = process.cpuUsage(cpu);
        process.stderr.write(`${workload} ${size}: ${(performance.now() - start).toFixed(0)} ms, cpu ${((used.user + used.system) / 1000).toFixed(0)} ms ${phases.join(', ')}\n`);
    }
}

main().catch(error => { process.stderr.write(`${error}\n`); process.exitCode = 1; });
