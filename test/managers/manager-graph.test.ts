import { describe, expect, it } from 'vitest';
import { ManagerGraph, managementChain } from '../../src/managers/manager-graph.js';

describe('ManagerGraph', () => {
  describe('when a new report would close a loop', () => {
    it('returns the loop from the person round to them again', () => {
      const graph = new ManagerGraph();
      graph.set('A', 'B');
      graph.set('B', 'C');

      expect(graph.loopThrough('C', 'A')).toEqual(['C', 'A', 'B', 'C']);
    });
  });

  describe('when the chain above the manager already loops elsewhere', () => {
    it('stops and returns null instead of running forever', () => {
      const graph = new ManagerGraph();
      graph.set('B', 'C');
      graph.set('C', 'B');

      expect(graph.loopThrough('A', 'B')).toBeNull();
    });
  });
});

describe('managementChain', () => {
  describe('when the org chart holds a loop written by hand', () => {
    it('walks each person once and stops', () => {
      const managers = new Map([
        ['A', 'B'],
        ['B', 'C'],
        ['C', 'A'],
      ]);

      expect(managementChain('A', (id) => managers.get(id))).toEqual(['A', 'B', 'C']);
    });
  });

  describe('when the chain ends', () => {
    it('returns everyone up to the top', () => {
      const managers = new Map([['A', 'B']]);

      expect(managementChain('A', (id) => managers.get(id) ?? null)).toEqual(['A', 'B']);
    });
  });
});
