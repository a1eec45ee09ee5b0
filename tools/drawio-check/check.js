#!/usr/bin/env node
// Reads a .drawio file the way diagrams.net opens one, with jgraph's own mxGraph library
// (npm "mxgraph") on a jsdom DOM, and prints what it decoded as JSON on stdout:
//
//   { "file", "diagrams": [{ "id", "name", "compressed" }],
//     "root": { "id", "attributes" },
//     "vertices": [{ "id", "value", "style", "styleMap", "parent", "geometry",
//                    "container", "childCount", "attributes" }],
//     "edges": [{ "id", "value", "style", "parent", "source", "target", "attributes" }],
//     "errors": ["..."] }
//
// "attributes" are the custom properties of a cell (the attributes of its <object> wrapper,
// what draw.io shows under Edit > Edit Data), "value" its label. Exit status 0 when the
// file decoded without errors, 1 when it did not, 2 on usage errors or a broken install.
//
// diagrams.net (drawio/src/main/webapp/js/diagramly/Editor.js, Editor.parseDiagramNode and
// Graph.decompress) takes each <diagram>'s <mxGraphModel> child, or, in the compressed
// form, its text: base64, then raw deflate, then URI encoding. It then decodes the model
// with mxCodec (Editor.setGraphXml). The same steps are taken here.
'use strict';

const fs = require('fs');
const zlib = require('zlib');

function usage(message) {
    process.stderr.write(`drawio-check: ${message}\nusage: check.js FILE.drawio\n`);
    process.exit(2);
}

function loadMxGraph() {
    let JSDOM;
    let factory;
    try {
        ({ JSDOM } = require('jsdom'));
        factory = require('mxgraph');
    } catch (e) {
        process.stderr.write(
            `drawio-check: ${e.message}\n` +
            `drawio-check: run "npm ci" in ${__dirname} (tools/setup.sh does)\n`);
        process.exit(2);
    }
    const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>');
    const w = dom.window;
    // mxGraph reads these as globals, as in a browser.
    global.window = w;
    global.document = w.document;
    global.navigator = w.navigator;
    global.location = w.location;
    global.XMLSerializer = w.XMLSerializer;
    global.DOMParser = w.DOMParser;
    global.XMLHttpRequest = w.XMLHttpRequest;
    global.Node = w.Node;
    global.Element = w.Element;
    const mx = factory({
        mxBasePath: __dirname,
        mxLoadResources: false,
        mxLoadStylesheets: false,
        mxForceIncludes: false,
        mxResourceExtension: '.txt',
    });
    // mxCodec finds the class of an element by its name on window, as in the browser
    // build where every mx class is global (jgraph/mxgraph issue #175).
    for (const name of Object.keys(mx)) {
        if (mx[name] !== undefined)
            w[name] = mx[name];
    }
    return { mx, window: w };
}

/// diagrams.net's Graph.decompress: base64, raw inflate, then decodeURIComponent.
function decompress(text) {
    const bytes = Buffer.from(text.trim(), 'base64');
    const inflated = zlib.inflateRawSync(bytes).toString('latin1');
    return decodeURIComponent(inflated);
}

function firstElementChild(node, name) {
    for (let c = node.firstChild; c != null; c = c.nextSibling) {
        if (c.nodeType === 1 && (name === undefined || c.nodeName === name))
            return c;
    }
    return null;
}

function parseStyle(style) {
    const map = {};
    if (!style)
        return map;
    for (const part of style.split(';')) {
        if (part === '')
            continue;
        const eq = part.indexOf('=');
        if (eq < 0)
            map[part] = true; // a named style ("text", "ellipse")
        else
            map[part.substring(0, eq)] = part.substring(eq + 1);
    }
    return map;
}

/// A cell's label and custom properties: a plain string value, or the <object> element
/// draw.io keeps as the value when a cell has properties.
function describeValue(value) {
    if (value == null)
        return { value: null, attributes: {} };
    if (typeof value === 'object' && value.nodeType === 1) {
        const attributes = {};
        for (const a of Array.from(value.attributes)) {
            if (a.name !== 'label' && a.name !== 'placeholders')
                attributes[a.name] = a.value;
        }
        return { value: value.getAttribute('label'), attributes };
    }
    return { value: String(value), attributes: {} };
}

function summarize(mx, model, errors) {
    const vertices = [];
    const edges = [];
    const root = model.getRoot();
    const rootValue = describeValue(root ? root.value : null);
    const visit = (cell) => {
        const childCount = model.getChildCount(cell);
        for (let i = 0; i < childCount; ++i) {
            const child = model.getChildAt(cell, i);
            const { value, attributes } = describeValue(child.value);
            const parent = model.getParent(child);
            const common = {
                id: child.id,
                value,
                style: child.style || '',
                styleMap: parseStyle(child.style),
                parent: parent ? parent.id : null,
                attributes,
            };
            if (model.isEdge(child)) {
                const source = model.getTerminal(child, true);
                const target = model.getTerminal(child, false);
                if (source == null)
                    errors.push(`edge ${child.id}: no source cell`);
                if (target == null)
                    errors.push(`edge ${child.id}: no target cell`);
                edges.push({ ...common, source: source ? source.id : null,
                             target: target ? target.id : null });
            } else if (model.isVertex(child)) {
                const g = model.getGeometry(child);
                if (g == null)
                    errors.push(`vertex ${child.id}: no geometry`);
                vertices.push({
                    ...common,
                    geometry: g ? { x: g.x, y: g.y, width: g.width, height: g.height } : null,
                    container: common.styleMap.container === '1',
                    childCount: model.getChildCount(child),
                });
            }
            visit(child);
        }
    };
    if (root == null)
        errors.push('the model has no root cell');
    else
        visit(root);
    return {
        root: root ? { id: root.id, attributes: rootValue.attributes } : null,
        vertices,
        edges,
    };
}

/// The ids the XML gives each cell, its parent, source and target, read before decoding
/// (mxCodec may rearrange the nodes it decodes).
function references(modelNode) {
    const refs = [];
    for (const cellNode of Array.from(modelNode.getElementsByTagName('mxCell'))) {
        const wrapper = cellNode.parentNode;
        const holder = wrapper && wrapper.nodeName !== 'root' ? wrapper : cellNode;
        refs.push({
            id: holder.getAttribute('id'),
            parent: cellNode.getAttribute('parent'),
            source: cellNode.getAttribute('source'),
            target: cellNode.getAttribute('target'),
        });
    }
    return refs;
}

/// A reference the codec could not resolve leaves the decoded cell without it (and a cell
/// without a parent becomes the model's root, hiding every other cell): reported, not skipped.
function checkReferences(refs, model, errors) {
    for (const ref of refs) {
        const cell = ref.id != null ? model.getCell(ref.id) : null;
        if (cell == null) {
            errors.push(`cell ${ref.id}: not in the decoded model`);
            continue;
        }
        for (const [name, actual] of [['parent', model.getParent(cell)],
                                      ['source', model.getTerminal(cell, true)],
                                      ['target', model.getTerminal(cell, false)]]) {
            if (ref[name] != null && (actual == null || actual.id !== ref[name]))
                errors.push(`cell ${ref.id}: ${name} "${ref[name]}" did not decode`);
        }
    }
}

function main() {
    const args = process.argv.slice(2);
    if (args.length !== 1 || args[0].startsWith('-'))
        usage('expected one file');
    const file = args[0];
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    } catch (e) {
        usage(`cannot read ${file}: ${e.message}`);
    }

    const { mx, window } = loadMxGraph();
    const errors = [];
    const result = { file, diagrams: [], root: null, vertices: [], edges: [], errors };

    // mxUtils.parseXml is what diagrams.net uses to read a file.
    const doc = mx.mxUtils.parseXml(text);
    const parserError = doc.getElementsByTagName('parsererror')[0];
    if (parserError) {
        errors.push(`not well-formed XML: ${parserError.textContent.trim()}`);
    } else {
        const top = doc.documentElement;
        let modelNodes = [];
        if (top.nodeName === 'mxGraphModel') {
            modelNodes.push({ node: top, diagram: { id: null, name: null, compressed: false } });
        } else if (top.nodeName === 'mxfile') {
            const diagrams = Array.from(top.getElementsByTagName('diagram'));
            if (diagrams.length === 0)
                errors.push('the mxfile has no <diagram>');
            for (const d of diagrams) {
                const info = { id: d.getAttribute('id'), name: d.getAttribute('name'),
                               compressed: false };
                let node = firstElementChild(d, 'mxGraphModel');
                if (node == null && d.textContent.trim() !== '') {
                    info.compressed = true;
                    try {
                        const inner = mx.mxUtils.parseXml(decompress(d.textContent));
                        node = inner.documentElement;
                        if (node.nodeName !== 'mxGraphModel') {
                            errors.push(`diagram ${info.id}: compressed content is ` +
                                        `<${node.nodeName}>, not <mxGraphModel>`);
                            node = null;
                        }
                    } catch (e) {
                        errors.push(`diagram ${info.id}: cannot decompress: ${e.message}`);
                    }
                }
                if (node == null && !info.compressed)
                    errors.push(`diagram ${info.id}: no <mxGraphModel>`);
                result.diagrams.push(info);
                if (node != null)
                    modelNodes.push({ node, diagram: info });
            }
        } else {
            errors.push(`the document is <${top.nodeName}>, not <mxfile> or <mxGraphModel>`);
        }

        // The first diagram is the one diagrams.net shows; one page is what ArchStudio writes.
        if (modelNodes.length > 1)
            errors.push(`${modelNodes.length} diagrams; expected one`);
        if (modelNodes.length > 0) {
            const { node } = modelNodes[0];
            const model = new mx.mxGraphModel();
            const refs = references(node);
            try {
                new mx.mxCodec(node.ownerDocument).decode(node, model);
                Object.assign(result, summarize(mx, model, errors));
                const root = model.getRoot();
                if (refs.length > 0 && root != null && root.id !== refs[0].id)
                    errors.push(`the model's root is cell ${root.id}, not the first cell ` +
                                `${refs[0].id}: a cell's parent did not decode`);
                checkReferences(refs, model, errors);
            } catch (e) {
                errors.push(`mxCodec could not decode the model: ${e.stack || e}`);
            }
        }
    }
    window.close();
    process.stdout.write(JSON.stringify(result, null, 1) + '\n');
    process.exit(errors.length === 0 ? 0 : 1);
}

main();
