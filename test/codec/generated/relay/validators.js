/* eslint-disable */
/*
 * GENERATED from specs/*.yaml and schemas/relay/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Relay test protocol 1: validators.js)
 */
"use strict";
function __ucs2length(s) {
  let n = 0
  for (const _ of s) n++
  return n
}
exports.Delivery = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/test/relay/delivery.schema.json","title":"Delivery","description":"Hub to node: the return route (an envelope, first), the signature, kind 0x02, then the body frames.","type":"object","properties":{"kind":{"const":"DELIVERY"},"route":{"description":"Routing frames, each 1 to 255 bytes (REL-2).","type":"array","minItems":1,"items":{"x-bytes":{"minLength":1,"maxLength":255}}},"body":{"type":"array","minItems":1,"items":{"x-bytes":true},"tsType":"Buffer[]"}},"required":["kind","route","body"],"additionalProperties":false,"x-requirements":["REL-2","REL-1","REL-3","REL-4"],"x-frames":[{"name":"route","envelope":true,"rule":"REL-2"},{"name":"signature","text":"RLY1","rule":"REL-1"},{"name":"kind","hex":"02","rule":"REL-3"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"REL-4"}],"x-vectors":[{"name":"one hop, one body frame","message":{"kind":"DELIVERY","route":[{"hex":"00a1b2c3d4"}],"body":["hello"]},"frames":[{"hex":"00a1b2c3d4"},"","RLY1",{"hex":"02"},"hello"]},{"name":"three hops, an empty and a binary body frame","message":{"kind":"DELIVERY","route":["hub-a",{"hex":"00ff"},"w1"],"body":["",{"hex":"00ff10"}]},"frames":["hub-a",{"hex":"00ff"},"w1","","RLY1",{"hex":"02"},"",{"hex":"00ff10"}]}]};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/test/relay/delivery.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.kind === undefined) && (missing0 = "kind")) || ((data.route === undefined) && (missing0 = "route"))) || ((data.body === undefined) && (missing0 = "body"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "route")) || (key0 === "body"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("DELIVERY" !== data.kind){
validate20.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "DELIVERY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.route !== undefined){
let data1 = data.route;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
if(data1.length < 1){
validate20.errors = [{instancePath:instancePath+"/route",schemaPath:"#/properties/route/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(!(data2 instanceof Uint8Array)){
validate20.errors = [{instancePath:instancePath+"/route/" + i0,schemaPath:"#/properties/route/items/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data2.length < 1){
validate20.errors = [{instancePath:instancePath+"/route/" + i0,schemaPath:"#/properties/route/items/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data2.length > 255){
validate20.errors = [{instancePath:instancePath+"/route/" + i0,schemaPath:"#/properties/route/items/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/route",schemaPath:"#/properties/route/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
let data3 = data.body;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data3)){
if(data3.length < 1){
validate20.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs8 = errors;
if(!(data3[i1] instanceof Uint8Array)){
validate20.errors = [{instancePath:instancePath+"/body/" + i1,schemaPath:"#/properties/body/items/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.Forward = validate21;
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/test/relay/forward.schema.json","title":"Forward","description":"Node to hub: the signature, kind 0x01, the hops to take (an envelope, in the middle), the topic, then the body frames.","type":"object","properties":{"kind":{"const":"FORWARD"},"hops":{"type":"array","minItems":1,"items":{"x-bytes":{"minLength":1,"maxLength":255}}},"topic":{"type":"string","minLength":1,"maxLength":32,"pattern":"^[\\x20-\\x7E]+$"},"body":{"type":"array","minItems":1,"items":{"x-bytes":true},"tsType":"Buffer[]"}},"required":["kind","hops","topic","body"],"additionalProperties":false,"x-requirements":["REL-1","REL-3","REL-2","REL-5","REL-4"],"x-frames":[{"name":"signature","text":"RLY1","rule":"REL-1"},{"name":"kind","hex":"01","rule":"REL-3"},{"name":"hops","envelope":true,"rule":"REL-2"},{"name":"topic","field":"topic","as":"text","rule":"REL-5"},{"name":"body","field":"body","as":"bytes","repeat":true,"rule":"REL-4"}],"x-vectors":[{"name":"two hops to topic news","message":{"kind":"FORWARD","hops":["hub-b",{"hex":"00c0ffee"}],"topic":"news","body":["part 1","part 2"]},"frames":["RLY1",{"hex":"01"},"hub-b",{"hex":"00c0ffee"},"","news","part 1","part 2"]}]};
const func1 = __ucs2length;
const pattern4 = new RegExp("^[\\x20-\\x7E]+$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/test/relay/forward.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.kind === undefined) && (missing0 = "kind")) || ((data.hops === undefined) && (missing0 = "hops"))) || ((data.topic === undefined) && (missing0 = "topic"))) || ((data.body === undefined) && (missing0 = "body"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "kind") || (key0 === "hops")) || (key0 === "topic")) || (key0 === "body"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("FORWARD" !== data.kind){
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "FORWARD"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hops !== undefined){
let data1 = data.hops;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
if(data1.length < 1){
validate21.errors = [{instancePath:instancePath+"/hops",schemaPath:"#/properties/hops/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(!(data2 instanceof Uint8Array)){
validate21.errors = [{instancePath:instancePath+"/hops/" + i0,schemaPath:"#/properties/hops/items/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data2.length < 1){
validate21.errors = [{instancePath:instancePath+"/hops/" + i0,schemaPath:"#/properties/hops/items/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data2.length > 255){
validate21.errors = [{instancePath:instancePath+"/hops/" + i0,schemaPath:"#/properties/hops/items/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/hops",schemaPath:"#/properties/hops/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.topic !== undefined){
let data3 = data.topic;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data3 === "string"){
if(func1(data3) > 32){
validate21.errors = [{instancePath:instancePath+"/topic",schemaPath:"#/properties/topic/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func1(data3) < 1){
validate21.errors = [{instancePath:instancePath+"/topic",schemaPath:"#/properties/topic/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data3)){
validate21.errors = [{instancePath:instancePath+"/topic",schemaPath:"#/properties/topic/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/topic",schemaPath:"#/properties/topic/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
let data4 = data.body;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data4)){
if(data4.length < 1){
validate21.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs10 = errors;
if(!(data4[i1] instanceof Uint8Array)){
validate21.errors = [{instancePath:instancePath+"/body/" + i1,schemaPath:"#/properties/body/items/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.Ping = validate22;
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/test/relay/ping.schema.json","title":"Ping","description":"Either way: the signature and kind 0x03, no envelope.","type":"object","properties":{"kind":{"const":"PING"}},"required":["kind"],"additionalProperties":false,"x-requirements":["REL-1","REL-3"],"x-frames":[{"name":"signature","text":"RLY1","rule":"REL-1"},{"name":"kind","hex":"03","rule":"REL-3"}],"x-vectors":[{"name":"ping","message":{"kind":"PING"},"frames":["RLY1",{"hex":"03"}]}]};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/test/relay/ping.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "kind")){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
if("PING" !== data.kind){
validate22.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "PING"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.Receipt = validate23;
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://marque.zeromq.dev/test/relay/receipt.schema.json","title":"Receipt","description":"Hub to node: the return route (an envelope), the signature, kind 0x04, then exactly one sequence frame.","type":"object","properties":{"kind":{"const":"RECEIPT"},"envelope":{"type":"array","minItems":1,"items":{"x-bytes":{"minLength":1,"maxLength":255}}},"seq":{"type":"string","pattern":"^[0-9]{1,10}$"}},"required":["kind","envelope","seq"],"additionalProperties":false,"x-requirements":["REL-6","REL-1","REL-2","REL-3"],"x-frames":[{"name":"envelope","envelope":true,"rule":"REL-2"},{"name":"signature","text":"RLY1","rule":"REL-1"},{"name":"kind","hex":"04","rule":"REL-3"},{"name":"sequence","field":"seq","as":"text","rule":"REL-6"}],"x-vectors":[{"name":"receipt 42 over one hop","message":{"kind":"RECEIPT","envelope":["node-7"],"seq":"42"},"frames":["node-7","","RLY1",{"hex":"04"},"42"]}]};
const pattern5 = new RegExp("^[0-9]{1,10}$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://marque.zeromq.dev/test/relay/receipt.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.kind === undefined) && (missing0 = "kind")) || ((data.envelope === undefined) && (missing0 = "envelope"))) || ((data.seq === undefined) && (missing0 = "seq"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "envelope")) || (key0 === "seq"))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("RECEIPT" !== data.kind){
validate23.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "RECEIPT"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.envelope !== undefined){
let data1 = data.envelope;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
if(data1.length < 1){
validate23.errors = [{instancePath:instancePath+"/envelope",schemaPath:"#/properties/envelope/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(!(data2 instanceof Uint8Array)){
validate23.errors = [{instancePath:instancePath+"/envelope/" + i0,schemaPath:"#/properties/envelope/items/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data2.length < 1){
validate23.errors = [{instancePath:instancePath+"/envelope/" + i0,schemaPath:"#/properties/envelope/items/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
else {
if(data2.length > 255){
validate23.errors = [{instancePath:instancePath+"/envelope/" + i0,schemaPath:"#/properties/envelope/items/x-bytes",keyword:"x-bytes",params:{},message:"must be bytes of an allowed length"}];
return false;
}
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/envelope",schemaPath:"#/properties/envelope/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data3 = data.seq;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
validate23.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
